import { describe, expect, it } from 'vitest';
import { RecordValidationError } from '@/lib/db';
import { createReferral, prepareTellerLine, type HandoffInput } from '@/lib/handoffs';
import { pushEventSchema, pushReferralSchema } from '@/lib/contracts/sync';
import { CLIENT_REF, context, premiumDetection, T0 } from '../../fixtures/db/factory';

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof RecordValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a RecordValidationError');
}

describe('createReferral — the three handoffs', () => {
  it('refer now: meet-now follow-up, status new, one created event, exactly what the server accepts', () => {
    const { referral, events } = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      context(),
    );
    expect(referral).toMatchObject({
      branchId: '0101',
      referrerStaffId: 'T001',
      referrerRole: 'cash_teller',
      clientRef: CLIENT_REF,
      cardLast4: '7890',
      tier: 'B',
      managerStaffId: 'CM01',
      handoff: 'refer_now',
      followUp: { channel: 'meet_now' },
      consent: false,
      status: 'new',
      profileVersion: 'demo-terminal@3',
      createdAt: T0.toISOString(),
      summary: '信号：定期存款（50万–200万元）、外汇',
      signals: [
        { kind: 'time_deposit', amountBand: { min: 500_000, max: 2_000_000 } },
        { kind: 'forex' },
      ],
    });
    expect(referral.contact).toBeUndefined();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      referralId: referral.id,
      at: referral.createdAt,
      seq: 1,
      actorStaffId: 'T001',
      type: 'created',
      data: { handoff: 'refer_now' },
    });
    expect(events[0]?.id).not.toBe(referral.id);
    expect(pushReferralSchema.safeParse(referral).success).toBe(true);
    expect(events.every((e) => pushEventSchema.safeParse(e).success)).toBe(true);
  });

  it('refer now with nothing on screen that identifies the client: saved unlinked, with its visit', () => {
    const visitId = '0b1e7c1a-3a5c-4d1e-9f00-5a3c2b1d0e9f';
    const { referral } = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      context({
        detection: premiumDetection({ clientRef: undefined, cardLast4: undefined, visitId }),
      }),
    );
    expect(referral.clientRef).toBeUndefined();
    expect('clientRef' in referral).toBe(false);
    expect(referral.visitId).toBe(visitId);
    expect(referral).toMatchObject({ tier: 'B', status: 'new', managerStaffId: 'CM01' });
    expect(pushReferralSchema.safeParse(referral).success).toBe(true);
  });

  it('hand the card: channel and time window on the referral and on a card_handed event (seq 2)', () => {
    const { referral, events } = createReferral(
      {
        handoff: 'card_handed',
        managerStaffId: 'CM02',
        consent: false,
        followUp: {
          channel: 'wechat',
          windowStart: new Date('2025-03-04T01:00:00Z'),
          windowEnd: '2025-03-04T09:00:00.000Z',
        },
      },
      context(),
    );
    const followUp = {
      channel: 'wechat',
      windowStart: '2025-03-04T01:00:00.000Z',
      windowEnd: '2025-03-04T09:00:00.000Z',
    };
    expect(referral).toMatchObject({ handoff: 'card_handed', status: 'new', followUp });
    expect(events.map((e) => [e.type, e.seq])).toEqual([
      ['created', 1],
      ['card_handed', 2],
    ]);
    expect(events[1]).toMatchObject({ type: 'card_handed', data: followUp });
  });

  it('not now: status declined, no consent, the reason scrubbed, a declined event', () => {
    const { referral, events } = createReferral(
      { handoff: 'declined', managerStaffId: 'CM01', reason: '  赶时间，\n下次再说 ' },
      context(),
    );
    expect(referral).toMatchObject({
      handoff: 'declined',
      status: 'declined',
      consent: false,
      declineReason: '赶时间， 下次再说',
    });
    expect(referral.followUp).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['created', 'declined']);
    expect(events[1]).toMatchObject({ data: { reason: '赶时间， 下次再说' } });
  });

  it('contact details are kept only with consent', () => {
    const contact = { name: '王女士', phone: '１３８ 1234 5678' };
    const withConsent = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: true, contact },
      context(),
    ).referral;
    expect(withConsent.contact).toEqual({ name: '王女士', phone: '138 1234 5678' });
    const without = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false, contact },
      context(),
    ).referral;
    expect(without.contact).toBeUndefined();
    expect(JSON.stringify(without)).not.toContain('王');
  });

  it('the teller line is scrubbed of card/ID/phone numbers', () => {
    const { referral } = createReferral(
      {
        ...{ handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
        tellerNote: '客户卡号 6222 0212 3456 7890，想了解理财',
      },
      context(),
    );
    expect(referral.tellerNote).toBe('客户卡号 **** 7890，想了解理财');
  });

  it('dual credit: the lobby manager who guided the client gets the second credit', () => {
    const { referral } = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      context({ secondCreditStaffId: 'L001' }),
    );
    expect(referral.secondCreditStaffId).toBe('L001');
  });

  it('uses client-generated uuids by default', () => {
    const ctx = context();
    delete ctx.newId;
    const { referral, events } = createReferral(
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      ctx,
    );
    expect(referral.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set([referral.id, ...events.map((e) => e.id)]).size).toBe(1 + events.length);
  });
});

describe('createReferral — bad input is refused with the field named', () => {
  it.each<[string, HandoffInput, Parameters<typeof context>[0], string]>([
    [
      'no tier',
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      { detection: premiumDetection({ tier: null }) },
      'tier',
    ],
    [
      'an exact amount in the teller line',
      {
        handoff: 'refer_now',
        managerStaffId: 'CM01',
        consent: false,
        tellerNote: '存了 500000 元',
      },
      {},
      'tellerNote',
    ],
    [
      'an amount in the decline reason',
      { handoff: 'declined', managerStaffId: 'CM01', reason: '刚取了 80000' },
      {},
      'declineReason',
    ],
    [
      'a bad manager id',
      { handoff: 'refer_now', managerStaffId: 'not a staff id', consent: false },
      {},
      'managerStaffId',
    ],
    [
      'second credit to the referrer',
      { handoff: 'refer_now', managerStaffId: 'CM01', consent: false },
      { secondCreditStaffId: 'T001' },
      'secondCreditStaffId',
    ],
    [
      'meet now as a card follow-up',
      {
        handoff: 'card_handed',
        managerStaffId: 'CM01',
        consent: false,
        followUp: { channel: 'meet_now' as 'phone' },
      },
      {},
      'followUp.channel',
    ],
    [
      'window ends before it starts',
      {
        handoff: 'card_handed',
        managerStaffId: 'CM01',
        consent: false,
        followUp: {
          channel: 'phone',
          windowStart: '2025-03-04T09:00:00Z',
          windowEnd: '2025-03-04T01:00:00Z',
        },
      },
      {},
      'followUp.windowEnd',
    ],
    [
      'a consented phone that is not a phone',
      {
        handoff: 'refer_now',
        managerStaffId: 'CM01',
        consent: true,
        contact: { name: '王', phone: 'call me' },
      },
      {},
      'contact.phone',
    ],
    [
      'a card number in the consented phone field',
      {
        handoff: 'refer_now',
        managerStaffId: 'CM01',
        consent: true,
        contact: { name: '王', phone: '4111 1111 1111 1111' },
      },
      {},
      'contact.phone',
    ],
    [
      'an account number in the consented phone field',
      {
        handoff: 'refer_now',
        managerStaffId: 'CM01',
        consent: true,
        contact: { name: '王', phone: '6222 0212 3456 7890' },
      },
      {},
      'contact.phone',
    ],
    [
      'an ID number in the consented phone field',
      {
        handoff: 'refer_now',
        managerStaffId: 'CM01',
        consent: true,
        contact: { name: '王', phone: '110105 19491231 0021' },
      },
      {},
      'contact.phone',
    ],
  ])('%s', (_label, input, overrides, path) => {
    expect(issuesOf(() => createReferral(input, context(overrides))).map((i) => i.path)).toContain(
      path,
    );
  });
});

describe('prepareTellerLine (for validating as the teller types)', () => {
  it.each([
    ['', { ok: true, text: undefined }],
    ['  想了解外汇  ', { ok: true, text: '想了解外汇' }],
    ['手机 13812345678', { ok: true, text: '手机 **** 5678' }],
    ['金额 123456', { ok: false }],
    ['x'.repeat(281), { ok: false }],
  ])('%j', (input, expected) => {
    expect(prepareTellerLine(input)).toMatchObject(expected);
  });
});
