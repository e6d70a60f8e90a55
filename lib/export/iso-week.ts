/**
 * ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), as '2026-W47'.
 * Weeks are also numbered as a plain index — whole weeks since the Monday before 1970-01-01 (a
 * Thursday) — so SQL can bucket with integer arithmetic that is the same on SQLite and PostgreSQL:
 * `(localDayNumber + 3) / 7`.
 */
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 of a local date 'YYYY-MM-DD'. */
export function dayNumberOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY);
}

export function weekIndexOfDay(dayNumber: number): number {
  return Math.floor((dayNumber + 3) / 7);
}

/** '2026-W47' for the week with this index (its Thursday decides the ISO year). */
export function isoWeekOfIndex(weekIndex: number): string {
  const thursday = new Date(weekIndex * 7 * DAY);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY);
  return `${year}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

export function isoWeekOf(date: string): string {
  return isoWeekOfIndex(weekIndexOfDay(dayNumberOf(date)));
}
