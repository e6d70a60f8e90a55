/**
 * A failed call to the branch server in words the user can act on, zh-CN or English through the
 * extension's i18n, with the server's own words kept in brackets for IT. The one place that turns
 * a ServerError into text: the sync bar, the options page's connection test, the supervisor's
 * pages and the client manager's queue all use it.
 */
import type { MessageKey } from '../i18n/messages';
import type { ServerErrorCode } from './server-error';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function errorKey(code: ServerErrorCode): MessageKey {
  return `srvErr_${code}`;
}

export function errorWords(t: Translate, error: { code: ServerErrorCode; detail: string }): string {
  return t(errorKey(error.code), error.detail);
}
