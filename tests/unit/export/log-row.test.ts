import { describe, expect, it } from 'vitest';
import { referralLogRowSchema } from '../../../lib/contracts/referral-log';
import type { ServerReferral } from '../../../lib/contracts/server-referral';
import {
  JSON_ARRAY_END,
  JSON_ARRAY_START,
  jsonArrayPiece,
  toJsonArray,
} from '../../../lib/export/json';
import { contentDisposition } from '../../../lib/export/file-name';
import { maskClientRef, toReferralLogRow, wholeDaysBetween } from '../../../lib/export/log-row';
import { logRow } from './fixtures';

const referral: ServerReferral = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  branchId: '0101',
  createdAt: '2026-11-20T01:15:00.000Z',
  updatedAt: '2026-11-24T03:00:00.000Z',
  referrerStaffId: 'T001',
  referrerRole: 'non_cash_teller',
  secondCreditStaffId: 'L001',
  clientRef: 'ab'.repeat(32),
  cardLast4: '3445',
  tier: 'A',
  signals: [{ kind: 'premium_card' }],
  summary: '出示他行金卡',
  tellerNote: '客户下午再来',
  managerStaffId: 'CM01',
  handoff: 'refer_now',
  followUp: { channel: 'meet_now' },
  consent: true,
  contact: { name: '王女士', phone: '138 0013 8000' },
  profileVersion: 'demo@1',
  status: 'won',
  outcome: { product: '理财' },
};

describe('toReferralLogRow', () => {
  it('keeps the tracking-form fields and masks the client reference to 8 hex characters', () => {
    const row = toReferralLogRow(referral, { managerName: '李经理' });
    expect(referralLogRowSchema.parse(row)).toEqual(row);
    expect(row.clientRef).toBe('abababab');
    expect(row.secondCreditStaffId).toBe('L001');
    expect(row.managerName).toBe('李经理');
    expect(JSON.stringify(row)).not.toContain('3445');
    // The teller's note is scrubbed text the supervisor is to see (the log and the export).
    expect(row.tellerNote).toBe('客户下午再来');
  });

  it.each([
    [{}, undefined],
    [{ includeContact: true }, { name: '王女士', phone: '138 0013 8000' }],
  ])('contact details only when asked for (%j)', (extras, contact) => {
    expect(toReferralLogRow(referral, extras).contact).toEqual(contact);
  });

  it('never includes contact details without consent, even when asked', () => {
    const noConsent = { ...referral, consent: false, contact: undefined };
    expect(toReferralLogRow(noConsent, { includeContact: true }).contact).toBeUndefined();
  });

  it('days to outcome come from the outcome date, or the last update for won/lost', () => {
    expect(toReferralLogRow(referral).daysToOutcome).toBe(4);
    expect(
      toReferralLogRow(referral, { outcomeAt: '2026-11-21T01:14:00.000Z' }).daysToOutcome,
    ).toBe(0);
    expect(
      toReferralLogRow({ ...referral, status: 'met', outcome: undefined }).daysToOutcome,
    ).toBeUndefined();
  });

  it.each([
    ['2026-11-20T01:15:00Z', '2026-11-20T23:00:00Z', 0],
    ['2026-11-20T01:15:00Z', '2026-11-21T01:15:00Z', 1],
    ['2026-11-20T01:15:00Z', '2026-12-20T01:14:59Z', 29],
    ['2026-11-20T01:15:00Z', '2026-11-19T01:15:00Z', 0],
  ])('whole days from %s to %s: %i', (from, to, days) => {
    expect(wholeDaysBetween(from, to)).toBe(days);
  });

  it('maskClientRef keeps 8 characters', () =>
    expect(maskClientRef('0123456789abcdef')).toBe('01234567'));
});

describe('JSON export pieces', () => {
  it('pieces written in turn form one valid array', () => {
    const a = [logRow(), logRow({ summary: 'b' })];
    const b = [logRow({ summary: 'c' })];
    const text =
      JSON_ARRAY_START + jsonArrayPiece(a, true) + jsonArrayPiece(b, false) + '\n' + JSON_ARRAY_END;
    expect((JSON.parse(text) as { summary: string }[]).map((r) => r.summary)).toEqual([
      '大额定期到期，咨询理财',
      'b',
      'c',
    ]);
    expect(JSON.parse(toJsonArray([]))).toEqual([]);
  });

  it('names the file in Chinese with an ASCII fallback', () => {
    expect(contentDisposition('0101', '2026-11-29', 'csv')).toBe(
      `attachment; filename="referral-log_0101_2026-11-29.csv"; filename*=UTF-8''${encodeURIComponent('推介跟踪表_0101_2026-11-29.csv')}`,
    );
  });
});
