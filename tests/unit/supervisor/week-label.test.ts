import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '@/lib/export';
import { isoWeekMonday, weekWords } from '@/lib/supervisor/week-label';

describe('weekly chart labels in words', () => {
  it.each([
    // 2026-W49 runs Mon 30 Nov – Sun 6 Dec: its Thursday (3 Dec) makes it December's first week.
    ['2026-W49', '12月第1周', 'week of 30 Nov', '2026年11月30日（周一）–12月6日'],
    ['2026-W48', '11月第4周', 'week of 23 Nov', '2026年11月23日（周一）–11月29日'],
    // ISO 2026-W01 starts on 29 Dec 2025.
    ['2026-W01', '1月第1周', 'week of 29 Dec', '2025年12月29日（周一）–1月4日'],
    ['2020-W53', '12月第5周', 'week of 28 Dec', '2020年12月28日（周一）–1月3日'],
  ])('%s is %s / %s', (week, zh, en, span) => {
    expect(weekWords(week, 'zh').label).toBe(zh);
    expect(weekWords(week, 'en').label).toBe(en);
    expect(weekWords(week, 'zh').span).toBe(span);
  });

  it('the Monday round-trips through isoWeekOf for every week of several years', () => {
    for (let year = 2024; year <= 2030; year++) {
      for (let week = 1; week <= 52; week++) {
        const name = `${year}-W${String(week).padStart(2, '0')}`;
        const monday = isoWeekMonday(name);
        expect(monday?.getUTCDay()).toBe(1);
        expect(isoWeekOf(monday?.toISOString().slice(0, 10) ?? '')).toBe(name);
      }
    }
  });

  it('the English span says the days and the year', () => {
    expect(weekWords('2026-W49', 'en').span).toBe('Mon 30 Nov – Sun 6 Dec 2026');
    expect(weekWords('2026-W49', 'en').monday).toBe('2026-11-30');
  });

  it('leaves anything that is not an ISO week as it is', () => {
    expect(weekWords('soon', 'zh').label).toBe('soon');
    expect(isoWeekMonday('2026-W54')).toBeUndefined();
  });
});
