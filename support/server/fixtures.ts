/** Valid referrals and events, built the way the extension will build them. */
import { createHash, randomUUID } from 'node:crypto';
import type { Referral, ReferralEvent } from '../../lib/contracts/referral';

export const BRANCH = '0101';
export const OTHER_BRANCH = '0202';

export function clientRefFor(cardNumber: string): string {
  return createHash('sha256').update(`branch-key:${cardNumber}`).digest('hex');
}

export function makeReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: randomUUID(),
    branchId: BRANCH,
    createdAt: '2026-11-20T09:15:00+08:00',
    updatedAt: '2026-11-20T09:15:00+08:00',
    referrerStaffId: 'T001',
    referrerRole: 'cash_teller',
    clientRef: clientRefFor('6222020200112233445'),
    cardLast4: '3445',
    tier: 'B',
    signals: [
      { kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } },
      { kind: 'wealth_enquiry' },
    ],
    summary: '大额定期到期，咨询理财 · large time deposit maturing, asked about wealth management',
    managerStaffId: 'CM01',
    handoff: 'refer_now',
    followUp: { channel: 'meet_now' },
    consent: true,
    contact: { name: '王女士', phone: '138 0013 8000' },
    profileVersion: 'demo-terminal@1',
    status: 'new',
    ...overrides,
  };
}

export function makeEvent(
  referral: Pick<Referral, 'id' | 'referrerStaffId'>,
  seq: number,
  overrides: Partial<ReferralEvent> = {},
): ReferralEvent {
  return {
    id: randomUUID(),
    referralId: referral.id,
    at: new Date(Date.UTC(2026, 10, 20, 1, 15, seq)).toISOString(),
    seq,
    type: 'created',
    actorStaffId: referral.referrerStaffId,
    data: { handoff: 'refer_now' },
    ...overrides,
  } as ReferralEvent;
}

export const ROSTER = [
  {
    staffId: 'CM01',
    name: '李经理',
    branchId: BRANCH,
    specialties: ['wealth', 'insurance'],
    bookSize: 420,
    capacity: 450,
    available: true,
  },
  {
    staffId: 'CM02',
    name: '张经理',
    branchId: BRANCH,
    specialties: ['loans'],
    bookSize: 450,
    capacity: 450,
    available: false,
  },
  {
    staffId: 'CM91',
    name: '陈经理',
    branchId: OTHER_BRANCH,
    specialties: ['forex'],
    bookSize: 100,
    capacity: 700,
    available: true,
  },
];
