/**
 * The referral statuses' order and groups, defined once for the extension and the server: the
 * supervisor's log sorts by pipeline order on the server (SQL) and offline (JS), and the client
 * manager's queue holds the open ones on the server and on the device.
 */
import { REFERRAL_STATUSES, type ReferralStatus } from './referral';

/** Pipeline order: new → contacted → met → won → lost → declined. */
export const STATUS_ORDER: readonly ReferralStatus[] = REFERRAL_STATUSES;

/** A status's place in the pipeline; anything unknown sorts last. */
export function statusRank(status: string): number {
  const rank = STATUS_ORDER.indexOf(status as ReferralStatus);
  return rank < 0 ? STATUS_ORDER.length - 1 : rank;
}

/** Still being worked by a client manager: these make up the queue. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['new', 'contacted', 'met'];
