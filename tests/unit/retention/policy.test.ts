import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_DAYS,
  hasPersonal,
  isExpired,
  personalFieldsOf,
  retentionCutoff,
  stripPersonal,
} from '../../../lib/retention';

const now = new Date('2026-11-29T00:00:00Z');

describe('isExpired', () => {
  it.each([
    ['2026-06-01T23:59:59Z', 180, true],
    ['2026-06-02T00:00:00Z', 180, false], // exactly 180 days: kept
    ['2026-06-02T00:00:01Z', 180, false],
    ['2026-11-28T23:00:00Z', 1, false],
    ['2026-11-27T23:59:59Z', 1, true],
    ['2026-06-02T08:00:00+08:00', 180, false], // same instant as 00:00Z
    ['2026-06-02T07:59:59+08:00', 180, true],
  ])('%s with %i days → %s', (createdAt, days, expected) => {
    expect(isExpired(createdAt, now, days)).toBe(expected);
  });

  it.each([[0], [-1], [1.5], [36_501]])('refuses %d days', (days) => {
    expect(() => retentionCutoff(now, days)).toThrow(RangeError);
  });

  it('refuses an unreadable date instead of keeping or dropping it silently', () => {
    expect(() => isExpired('yesterday', now, 30)).toThrow(/not a date/);
  });

  it('defaults to 180 days', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(180);
    expect(retentionCutoff(now, DEFAULT_RETENTION_DAYS).toISOString()).toBe(
      '2026-06-02T00:00:00.000Z',
    );
  });
});

describe('stripPersonal', () => {
  const referral = {
    id: 'r1',
    tier: 'A',
    summary: '大额定期到期',
    declineReason: '没时间',
    clientRef: 'ab'.repeat(32),
    contact: { name: '王女士', phone: '138 0013 8000' },
    tellerNote: '下午再来',
    cardLast4: '3445',
  };

  it('removes contact, teller note and card last 4 and keeps the rest', () => {
    const stripped = stripPersonal(referral);
    expect(stripped).toEqual({
      id: 'r1',
      tier: 'A',
      summary: '大额定期到期',
      declineReason: '没时间',
      clientRef: 'ab'.repeat(32),
    });
    expect(referral.contact).toBeDefined(); // the input is not changed
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ contact: { name: 'x', phone: '1' } }, ['contact']],
    [{ tellerNote: 'x', cardLast4: '1234' }, ['tellerNote', 'cardLast4']],
    [{ summary: 'x' }, []],
  ])('personal fields of %j: %j', (r, fields) => {
    expect(personalFieldsOf(r)).toEqual(fields);
    expect(hasPersonal(r)).toBe(fields.length > 0);
  });
});
