// @vitest-environment node
/** The referral model's rules, table-driven: what the extension may store and the server accepts. */
import { describe, expect, it } from 'vitest';
import { pushReferralSchema } from '../../lib/contracts/sync';
import { referralEventSchema, referralSchema, type Referral } from '../../lib/contracts/referral';
import { makeEvent, makeReferral } from '../../support/server/fixtures';

const base = makeReferral();
const without = (key: keyof Referral): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...base };
  delete copy[key];
  return copy;
};

describe('Referral schema', () => {
  const valid: [string, unknown][] = [
    ['a full refer-now referral with consent and contact', base],
    ['no consent and no contact', { ...without('contact'), consent: false }],
    [
      'card handed with a phone follow-up window',
      {
        ...base,
        handoff: 'card_handed',
        followUp: {
          channel: 'phone',
          windowStart: '2026-11-21T09:00:00+08:00',
          windowEnd: '2026-11-21T12:00:00+08:00',
        },
      },
    ],
    [
      'declined with a reason',
      {
        ...without('contact'),
        consent: false,
        handoff: 'declined',
        status: 'declined',
        declineReason: '赶时间 in a hurry',
      },
    ],
    [
      'lobby manager referral with a teller second credit',
      {
        ...base,
        referrerStaffId: 'L001',
        referrerRole: 'lobby_manager',
        secondCreditStaffId: 'T001',
      },
    ],
    [
      'won with product',
      {
        ...base,
        status: 'won',
        outcome: { product: '理财产品', amountBand: { min: 100000, max: null } },
      },
    ],
    ['lost with reason', { ...base, status: 'lost', outcome: { reason: '已在他行购买' } }],
    [
      'amounts written with separators stay allowed (no 5-digit run)',
      { ...base, summary: '存款 50,000 以上' },
    ],
  ];
  it.each(valid)('accepts %s', (_name, input) => {
    expect(referralSchema.safeParse(input).success).toBe(true);
  });

  const invalid: [string, unknown, string][] = [
    ['contact without consent', { ...base, consent: false }, 'contact'],
    ['an unknown field', { ...base, balance: 1200000 }, ''],
    ['a card number in the summary', { ...base, summary: '卡号 6222020200112233445' }, 'summary'],
    ['full-width digits in the summary', { ...base, summary: '金额１２３４５６元' }, 'summary'],
    [
      'a phone number in the teller note',
      { ...base, tellerNote: 'call 13800138000' },
      'tellerNote',
    ],
    ['a summary over 280 characters', { ...base, summary: '好'.repeat(281) }, 'summary'],
    ['cardLast4 with 5 digits', { ...base, cardLast4: '12345' }, 'cardLast4'],
    ['cardLast4 with letters', { ...base, cardLast4: '12a4' }, 'cardLast4'],
    ['clientRef that is not 64 hex', { ...base, clientRef: 'abc' }, 'clientRef'],
    ['a tier E', { ...base, tier: 'E' }, 'tier'],
    ['an unknown signal kind', { ...base, signals: [{ kind: 'lottery' }] }, 'signals.0.kind'],
    [
      'an amount band with max below min',
      { ...base, signals: [{ kind: 'large_cash', amountBand: { min: 50000, max: 10000 } }] },
      'signals.0.amountBand.max',
    ],
    ['won without product', { ...base, status: 'won', outcome: {} }, 'outcome.product'],
    ['lost without reason', { ...base, status: 'lost' }, 'outcome.reason'],
    ['handoff declined with status new', { ...base, handoff: 'declined' }, 'status'],
    [
      'a follow-up window ending before it starts',
      {
        ...base,
        followUp: {
          channel: 'visit',
          windowStart: '2026-11-21T12:00:00Z',
          windowEnd: '2026-11-21T09:00:00Z',
        },
      },
      'followUp.windowEnd',
    ],
    ['a non-uuid id', { ...base, id: 'referral-1' }, 'id'],
    ['a date without time zone', { ...base, createdAt: '2026-11-20 09:15' }, 'createdAt'],
    ['an unknown referrer role', { ...base, referrerRole: 'cashier' }, 'referrerRole'],
    [
      'second credit to the referrer themself',
      { ...base, secondCreditStaffId: 'T001' },
      'secondCreditStaffId',
    ],
    ['a missing summary', without('summary'), 'summary'],
  ];
  it.each(invalid)('refuses %s', (_name, input, path) => {
    const result = referralSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('a device may push only new or declined referrals without outcome', () => {
    expect(pushReferralSchema.safeParse(base).success).toBe(true);
    expect(pushReferralSchema.safeParse({ ...base, status: 'contacted' }).success).toBe(false);
    expect(
      pushReferralSchema.safeParse({ ...base, status: 'won', outcome: { product: 'x' } }).success,
    ).toBe(false);
  });
});

describe('ReferralEvent schema', () => {
  const referral = makeReferral();
  it.each([
    ['created', makeEvent(referral, 1)],
    [
      'card handed with follow-up',
      makeEvent(referral, 1, { type: 'card_handed', data: { channel: 'wechat' } }),
    ],
    ['note', makeEvent(referral, 2, { type: 'note', data: { text: '下周再来' } })],
    ['undone without data', makeEvent(referral, 3, { type: 'undone', data: undefined })],
  ])('accepts %s', (_name, event) => {
    expect(referralEventSchema.safeParse(JSON.parse(JSON.stringify(event))).success).toBe(true);
  });
  it.each([
    [
      'a note with a card number',
      makeEvent(referral, 2, { type: 'note', data: { text: '6222020200112233445' } }),
    ],
    ['a note without text', makeEvent(referral, 2, { type: 'note', data: {} as { text: string } })],
    [
      'data of another type',
      makeEvent(referral, 2, { type: 'declined', data: { handoff: 'refer_now' } as never }),
    ],
    ['an unknown type', { ...makeEvent(referral, 2), type: 'deleted' }],
    ['a negative seq', makeEvent(referral, -1)],
    ['a fractional seq', makeEvent(referral, 1.5)],
  ])('refuses %s', (_name, event) => {
    expect(referralEventSchema.safeParse(event).success).toBe(false);
  });
});
