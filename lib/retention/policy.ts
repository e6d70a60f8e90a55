/**
 * How long personal information is kept (个人信息保存期限: only as long as needed). The same rule
 * runs on the server (purge command and daily schedule) and on the device (IndexedDB notes and
 * contact details): anything created more than `days` days before `now` has expired.
 */
const DAY = 86_400_000;

/** Six months: long enough to follow a referral up, short enough to keep little. */
export const DEFAULT_RETENTION_DAYS = 180;
export const MAX_RETENTION_DAYS = 36_500;

export function isValidRetentionDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS;
}

/** Records created before this instant have expired. */
export function retentionCutoff(now: Date, days: number): Date {
  if (!isValidRetentionDays(days))
    throw new RangeError(`retention days must be an integer from 1 to ${MAX_RETENTION_DAYS}`);
  return new Date(now.getTime() - days * DAY);
}

/** True when `createdAt` (ISO) lies more than `days` days before `now`. Unparseable dates never expire silently: they throw. */
export function isExpired(createdAt: string, now: Date, days: number): boolean {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) throw new RangeError(`not a date: ${createdAt.slice(0, 40)}`);
  return created < retentionCutoff(now, days).getTime();
}
