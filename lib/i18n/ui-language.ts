/**
 * The browser's UI language as the extension sees it: `i18n.getUILanguage()` in extension pages
 * (it follows Chromium's `--lang` and the OS locale), `navigator.language` where that API is missing.
 */
import { browser } from 'wxt/browser';
import type { Lang } from './messages';
import { resolveLang, type LangSetting } from './lang-choice';

export function browserUiLanguage(): string | undefined {
  try {
    const fromExtension = browser.i18n?.getUILanguage?.();
    if (fromExtension) return fromExtension;
  } catch {
    // Not an extension context (a unit test, the CLI): fall through to the navigator.
  }
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** The language a page speaks for this setting, on this browser. */
export function pageLang(setting: LangSetting): Lang {
  return resolveLang(setting, browserUiLanguage());
}
