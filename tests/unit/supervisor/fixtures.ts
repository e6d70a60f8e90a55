/** Server referrals for the supervisor and queue tests: valid by the shared schema, easy to vary. */
import { serverReferralSchema, type ServerReferral } from '@/lib/contracts/server-referral';

let n = 0;
export function referral(overrides: Partial<ServerReferral> = {}): ServerReferral {
  n += 1;
  const base: ServerReferral = {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    branchId: '0101',
    createdAt: '2026-03-02T02:00:00.000Z',
    updatedAt: '2026-03-02T02:00:00.000Z',
    referrerStaffId: 'T001',
    referrerRole: 'cash_teller',
    clientRef: 'ab'.repeat(32),
    tier: 'B',
    signals: [{ kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } }],
    summary: '定期存款到期，客户询问理财',
    managerStaffId: 'M001',
    handoff: 'refer_now',
    consent: false,
    profileVersion: 'demo@1',
    status: 'new',
  };
  return serverReferralSchema.parse({ ...base, ...overrides });
}
