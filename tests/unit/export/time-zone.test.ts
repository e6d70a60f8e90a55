import { describe, expect, it } from 'vitest';
import {
  dayNumberOf,
  isoWeekOf,
  isoWeekOfIndex,
  weekIndexOfDay,
} from '../../../lib/export/iso-week';
import { isValidTimeZone, nextDate, zoneClock } from '../../../lib/time/zone-clock';

describe('zoneClock', () => {
  const shanghai = zoneClock('Asia/Shanghai');
  const newYork = zoneClock('America/New_York');

  it.each([
    ['2026-11-20T01:15:00Z', '2026-11-20 09:15'],
    ['2026-11-19T16:00:00Z', '2026-11-20 00:00'],
    ['2026-11-19T15:59:00Z', '2026-11-19 23:59'],
  ])('%s is %s in Shanghai', (iso, local) => {
    expect(shanghai.localDateTime(Date.parse(iso))).toBe(local);
    expect(shanghai.localDate(Date.parse(iso))).toBe(local.slice(0, 10));
  });

  it('follows daylight saving time (New York, March and November 2026)', () => {
    expect(newYork.localDateTime(Date.parse('2026-03-08T06:59:00Z'))).toBe('2026-03-08 01:59');
    expect(newYork.localDateTime(Date.parse('2026-03-08T07:00:00Z'))).toBe('2026-03-08 03:00');
    expect(newYork.offsetAt(Date.parse('2026-07-01T12:00:00Z'))).toBe(-4 * 3_600_000);
    expect(newYork.offsetAt(Date.parse('2026-12-01T12:00:00Z'))).toBe(-5 * 3_600_000);
  });

  it.each([
    ['Asia/Shanghai', '2026-11-20', '2026-11-19T16:00:00.000Z'],
    ['America/New_York', '2026-07-01', '2026-07-01T04:00:00.000Z'],
    ['America/New_York', '2026-12-01', '2026-12-01T05:00:00.000Z'],
    ['UTC', '2026-01-01', '2026-01-01T00:00:00.000Z'],
  ])('in %s, %s starts at %s', (zone, date, instant) => {
    expect(new Date(zoneClock(zone).startOfDay(date)).toISOString()).toBe(instant);
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => zoneClock('Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it.each([
    ['2026-11-20', '2026-11-21'],
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
  ])('the day after %s is %s', (date, next) => expect(nextDate(date)).toBe(next));
});

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'], // Thursday
    ['2026-11-20', '2026-W47'],
    ['2026-12-31', '2026-W53'], // 2026 has 53 weeks
    ['2027-01-01', '2026-W53'], // Friday: still the last week of 2026
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // Monday: already week 1 of 2025
    ['2021-01-03', '2020-W53'], // Sunday
    ['1970-01-01', '1970-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('week indexes run Monday to Sunday, the way SQL buckets them', () => {
    const monday = weekIndexOfDay(dayNumberOf('2026-11-16'));
    const sunday = weekIndexOfDay(dayNumberOf('2026-11-22'));
    const nextMonday = weekIndexOfDay(dayNumberOf('2026-11-23'));
    expect(sunday).toBe(monday);
    expect(nextMonday).toBe(monday + 1);
    expect(isoWeekOfIndex(monday)).toBe('2026-W47');
  });
});
