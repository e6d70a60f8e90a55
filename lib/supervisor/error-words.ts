/** A failed call in words the supervisor can act on (the server's own words kept for IT). */
import type { MessageKey } from '@/lib/i18n/messages';

export function errorKey(status: number | undefined): MessageKey {
  if (status === undefined) return 'svErrUnreachable';
  if (status === 401) return 'svErr401';
  if (status === 403) return 'svErr403';
  if (status === 429) return 'svErr429';
  if (status >= 500) return 'svErr5xx';
  return 'svErrOther';
}

export function errorWords(
  t: (key: MessageKey, ...subs: (string | number)[]) => string,
  failure: { status?: number; error: string },
): string {
  return t(errorKey(failure.status), failure.error);
}
