/**
 * Which language the extension's pages speak: the browser's UI language unless the options page
 * says otherwise. Pure: the browser's language comes in as a string.
 */
import type { Lang } from './messages';

/** What the person chose on the options page: follow the browser, or one language always. */
export const LANG_SETTINGS = ['auto', 'zh_CN', 'en'] as const;
export type LangSetting = (typeof LANG_SETTINGS)[number];

/**
 * `zh`, `zh-CN`, `zh-Hans-SG`, `zh-TW` … speak Chinese (the only Chinese catalogue we have);
 * every other language, and no language at all, gets English, the second language.
 */
export function langOfLocale(locale: string | undefined): Lang {
  return locale?.trim().toLowerCase().replace('_', '-').split('-')[0] === 'zh' ? 'zh_CN' : 'en';
}

export function resolveLang(setting: LangSetting, uiLanguage: string | undefined): Lang {
  return setting === 'auto' ? langOfLocale(uiLanguage) : setting;
}

/** A BCP 47 tag for `<html lang>` and `Intl`. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh_CN' ? 'zh-CN' : 'en';
}
