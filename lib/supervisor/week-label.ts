/**
 * ISO weeks ('2026-W49') in words for the weekly chart: 12月第1周 / "week of 30 Nov". The server
 * has already put each referral in a week of the branch's zone, so this is calendar arithmetic
 * only. In Chinese a week belongs to the month of its Thursday (as ISO weeks belong to a year),
 * numbered by that month's Thursdays; in English it is named by its Monday.
 */
const DAY = 86_400_000;
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export type WeekLang = 'zh' | 'en';

/** The Monday of an ISO week, as a UTC midnight; undefined for anything else. */
export function isoWeekMonday(isoWeek: string): Date | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(mondayOfWeek1 + (week - 1) * 7 * DAY);
}

const zhDate = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const enDate = (d: Date) => `${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()] ?? ''}`;

export interface WeekWords {
  /** Axis label: 12月第1周 · week of 30 Nov */
  label: string;
  /** Tooltip and table: 2026年11月30日（周一）–12月6日 · Mon 30 Nov – Sun 6 Dec 2026 */
  span: string;
  /** The Monday, 'YYYY-MM-DD' (for a data table or file). */
  monday: string;
}

export function weekWords(isoWeek: string, lang: WeekLang): WeekWords {
  const monday = isoWeekMonday(isoWeek);
  if (!monday) return { label: isoWeek, span: isoWeek, monday: isoWeek };
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const sunday = new Date(monday.getTime() + 6 * DAY);
  const iso = monday.toISOString().slice(0, 10);
  if (lang === 'zh') {
    const nth = Math.ceil(thursday.getUTCDate() / 7);
    return {
      label: `${thursday.getUTCMonth() + 1}月第${nth}周`,
      span: `${monday.getUTCFullYear()}年${zhDate(monday)}（周一）–${zhDate(sunday)}`,
      monday: iso,
    };
  }
  return {
    label: `week of ${enDate(monday)}`,
    span: `Mon ${enDate(monday)} – Sun ${enDate(sunday)} ${sunday.getUTCFullYear()}`,
    monday: iso,
  };
}
