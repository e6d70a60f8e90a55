/**
 * Local dates and times in the branch's time zone (IANA name, e.g. Asia/Shanghai). Devices store
 * instants in UTC, so "which day", "which week" and "due today" need the zone. The UTC offset is
 * looked up once per hour of time and cached, so formatting 100,000 rows stays cheap.
 */
const HOUR = 3_600_000;
const DAY = 86_400_000;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface ZoneClock {
  readonly timeZone: string;
  /** Milliseconds to add to a UTC instant to get local wall-clock time. */
  offsetAt(instantMs: number): number;
  /** 'YYYY-MM-DD' */
  localDate(instantMs: number): string;
  /** 'YYYY-MM-DD HH:mm' (what Excel reads as a date and time) */
  localDateTime(instantMs: number): string;
  /** The instant local day `date` ('YYYY-MM-DD') begins. */
  startOfDay(date: string): number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock fields of a UTC-shifted instant as 'YYYY-MM-DD' and 'HH:mm'. */
function fields(shiftedMs: number): { date: string; time: string } {
  const d = new Date(shiftedMs);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

export function zoneClock(timeZone: string): ZoneClock {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();

  function computeOffset(instantMs: number): number {
    const parts = format.formatToParts(new Date(instantMs));
    const get = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour') % 24,
      get('minute'),
      get('second'),
    );
    return wall - Math.floor(instantMs / 1000) * 1000;
  }

  function offsetAt(instantMs: number): number {
    const key = Math.floor(instantMs / HOUR);
    let offset = cache.get(key);
    if (offset === undefined) {
      offset = computeOffset(key * HOUR);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, offset);
    }
    return offset;
  }

  return {
    timeZone,
    offsetAt,
    localDate: (ms) => fields(ms + offsetAt(ms)).date,
    localDateTime(ms) {
      const { date, time } = fields(ms + offsetAt(ms));
      return `${date} ${time}`;
    },
    startOfDay(date) {
      const [y, m, d] = date.split('-').map(Number);
      const wallMidnight = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
      const guess = wallMidnight - offsetAt(wallMidnight);
      return wallMidnight - offsetAt(guess);
    },
  };
}

/** The local date after `date` ('YYYY-MM-DD'). */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return fields(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + DAY).date;
}
