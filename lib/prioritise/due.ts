/**
 * When the agreed follow-up of a new referral falls due, in the branch's local days:
 *   overdue   the window (or, for "meet now", the day of the referral) has passed
 *   today     the window ends today, or the client was to be met today
 *   open      the window is running and ends later
 *   upcoming  the window has not opened yet
 *   none      nothing was agreed with a date, or the referral is no longer new
 * Only a new referral is due: once contacted, the first follow-up has happened.
 */
import type { DueState } from '../contracts/queue-api';
import type { ZoneClock } from '../time/zone-clock';
import type { PrioritiseInput } from './input';

export function followUpDue(r: PrioritiseInput, now: Date, zone: ZoneClock): DueState {
  if (r.status !== 'new') return 'none';
  const today = zone.localDate(now.getTime());
  const day = (iso: string) => zone.localDate(Date.parse(iso));
  const window = r.followUp;
  let start: string;
  let end: string;
  if (window?.windowStart || window?.windowEnd) {
    start = day(window.windowStart ?? r.createdAt);
    end = day(window.windowEnd ?? window.windowStart ?? r.createdAt);
  } else if (r.handoff === 'refer_now' || window?.channel === 'meet_now') {
    start = end = day(r.createdAt);
  } else {
    return 'none';
  }
  if (today > end) return 'overdue';
  if (today === end) return 'today';
  return today >= start ? 'open' : 'upcoming';
}

export const isDueToday = (due: DueState): boolean => due === 'overdue' || due === 'today';
