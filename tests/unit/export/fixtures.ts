/** Log rows for the export tests. */
import type { ReferralLogRow } from '../../../lib/contracts/referral-log';

export function logRow(overrides: Partial<ReferralLogRow> = {}): ReferralLogRow {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    createdAt: '2026-11-20T01:15:00.000Z',
    referrerStaffId: 'T001',
    referrerRole: 'cash_teller',
    clientRef: '3f9c0a1b',
    tier: 'B',
    signals: [
      { kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } },
      { kind: 'wealth_enquiry' },
    ],
    summary: '大额定期到期，咨询理财',
    managerStaffId: 'CM01',
    managerName: '李经理',
    handoff: 'refer_now',
    followUp: { channel: 'meet_now' },
    consent: true,
    status: 'new',
    updatedAt: '2026-11-20T01:15:00.000Z',
    ...overrides,
  };
}
