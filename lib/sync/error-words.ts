/**
 * A failed call to the branch server in words the user can act on (what happened, what to do), in
 * the UI language. The machine code and the server's own words go to a separate details line for
 * IT (components/Details.tsx), never into the words. The one place that turns a ServerError into
 * text: the sync bar, the options page's connection test, the supervisor's pages and the client
 * manager's queue all use it.
 */
import type { MessageKey } from '../i18n/messages';
import type { ServerErrorCode } from './server-error';
import type { SyncErrorCode } from './outbox';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function errorKey(code: ServerErrorCode): MessageKey {
  return `srvErr_${code}`;
}

export function errorWords(
  t: Translate,
  error: { code: ServerErrorCode; detail?: string },
): string {
  return t(errorKey(error.code));
}

/** A sync run's last problem: a server error, an item the server refused, or none recorded. */
export function syncErrorWords(t: Translate, code: SyncErrorCode | undefined): string {
  if (code === undefined) return t('words_srvErr_unknown');
  return code === 'refused' ? t('words_srvErr_refused') : t(errorKey(code));
}

/** The code and the server's words, for the details line. */
export function errorDetail(error: { code?: string; detail?: string }): string {
  return [error.code, error.detail].filter(Boolean).join(' · ');
}
