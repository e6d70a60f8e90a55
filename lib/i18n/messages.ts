/**
 * UI strings live in public/_locales (the extension's i18n). Extension pages follow the browser's
 * language unless the options page picks one (lib/i18n/lang-choice.ts), so both catalogues are
 * bundled here.
 */
import zh from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';

export type Lang = 'zh_CN' | 'en';
export type MessageKey = keyof typeof zh;

type Catalogue = Record<string, { message: string }>;
const catalogues: Record<Lang, Catalogue> = { zh_CN: zh, en };

/** Looks a string up; `$1`…`$9` are replaced by `subs`. Falls back to zh-CN, then the key. */
export function translate(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const text = catalogues[lang][key]?.message ?? catalogues.zh_CN[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
}
