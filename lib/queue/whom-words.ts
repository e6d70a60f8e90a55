/**
 * Whom to meet and where, in words for the queue card and the notices: the masked client
 * ("张* · 卡尾 1234", or "未关联客户" when the screen showed nothing that names the client), and how
 * long a client has been waiting ("已等 6 分钟"). Only masked fields are read.
 */
import type { Referral } from '../contracts/referral';
import type { MessageKey } from '../i18n/messages';

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function clientWords(
  r: Pick<Referral, 'clientInitial' | 'cardLast4'>,
  t: Translate,
): string {
  const parts = [
    r.clientInitial,
    r.cardLast4 ? t('queue_cardTail', r.cardLast4) : undefined,
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : t('queue_notLinked');
}

/** "不到 1 分钟", "6 分钟", "1 小时 5 分钟" since `since` (ISO); never negative (a fast device clock). */
export function waitedWords(since: string, now: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  if (minutes < 1) return t('queue_underMinute');
  if (minutes < 60) return t('queue_minutes', minutes);
  return t('queue_hoursMinutes', Math.floor(minutes / 60), minutes % 60);
}

/** A client is in the lobby now: a meet-now referral nobody has contacted yet. */
export function isWaiting(
  r: Pick<Referral, 'followUp' | 'status'> & { undoneAt?: string },
): boolean {
  return r.followUp?.channel === 'meet_now' && r.status === 'new' && !r.undoneAt;
}
