import { describe, expect, it } from 'vitest';
import { langOfLocale, resolveLang, type LangSetting } from '@/lib/i18n/lang-choice';
import { coerceSettings, DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('which language a page speaks', () => {
  it.each<[LangSetting, string | undefined, string]>([
    ['auto', 'zh-CN', 'zh_CN'],
    ['auto', 'zh', 'zh_CN'],
    ['auto', 'zh_CN', 'zh_CN'],
    ['auto', 'zh-Hans-SG', 'zh_CN'],
    ['auto', 'ZH-tw', 'zh_CN'],
    ['auto', 'en-US', 'en'],
    ['auto', 'en', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', 'zu', 'en'],
    ['auto', '', 'en'],
    ['auto', undefined, 'en'],
    ['zh_CN', 'en-US', 'zh_CN'],
    ['en', 'zh-CN', 'en'],
  ])('setting %s, browser %s → %s', (setting, ui, lang) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });

  it('a fresh profile follows the browser', () => {
    expect(DEFAULT_SETTINGS.lang).toBe('auto');
    expect(coerceSettings(undefined).lang).toBe('auto');
  });

  it('an explicit choice stored before "follow the browser" existed is kept', () => {
    expect(coerceSettings({ ...DEFAULT_SETTINGS, lang: 'zh_CN' }).lang).toBe('zh_CN');
    expect(coerceSettings({ ...DEFAULT_SETTINGS, lang: 'klingon' }).lang).toBe('auto');
  });

  it('Chinese only for Chinese', () => {
    expect(langOfLocale('zhx')).toBe('en');
  });
});
