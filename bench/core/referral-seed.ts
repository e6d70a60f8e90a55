/**
 * A branch's worth of referrals for the server benchmarks, written straight through the server's
 * repository code (1,000 per transaction, no HTTP): the same rows as bench/server-export.ts seeds
 * (branch 0101, one every two minutes from 2026-01-05, twelve tellers, two client managers, one
 * in seven declined), plus the two managers on the roster.
 */
import type { Referral } from '../../lib/contracts/referral';
import type { Db } from '../../server/db/types';
import { insertReferrals } from '../../server/repo/push-referrals';
import { referralToRow } from '../../server/repo/referral-rows';
import { replaceRoster } from '../../server/repo/roster';
import { inTransaction } from '../../server/repo/transaction';

export const SEED_BRANCH = '0101';
const T0 = Date.parse('2026-01-05T01:00:00.000Z');
const RECEIVED_AT = '2026-11-20T00:00:00.000Z';
const SIGNALS: Referral['signals'][] = [
  [
    { kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } },
    { kind: 'wealth_enquiry' },
  ],
  [{ kind: 'large_cash', amountBand: { min: 50_000, max: 200_000 } }],
  [{ kind: 'premium_card' }, { kind: 'investment' }],
  [{ kind: 'deposit_certificate', amountBand: { min: 200_000, max: 500_000 } }],
];

export function benchReferral(i: number): Referral {
  const declined = i % 7 === 0;
  const at = new Date(T0 + i * 120_000).toISOString();
  return {
    id: `${(0x10000000 + i).toString(16)}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    branchId: SEED_BRANCH,
    createdAt: at,
    updatedAt: at,
    referrerStaffId: `T${String(1 + (i % 12)).padStart(3, '0')}`,
    referrerRole: i % 3 ? 'cash_teller' : 'non_cash_teller',
    clientRef: (i * 2654435761).toString(16).padStart(64, '0').slice(-64),
    tier: (['A', 'B', 'C', 'D'] as const)[i % 4] ?? 'B',
    signals: SIGNALS[i % SIGNALS.length] ?? [],
    summary: `大额定期到期，客户咨询理财（第${i % 997}例），"下周再谈", maturing deposit`,
    managerStaffId: i % 2 ? 'CM01' : 'CM02',
    handoff: declined ? 'declined' : i % 2 ? 'refer_now' : 'card_handed',
    ...(declined
      ? { declineReason: '没时间' }
      : { followUp: { channel: i % 2 ? ('meet_now' as const) : ('phone' as const) } }),
    consent: !declined,
    ...(declined ? {} : { contact: { name: '王女士', phone: '138 0013 8000' } }),
    profileVersion: 'bench@1',
    status: declined ? 'declined' : 'new',
  };
}

const manager = (staffId: string, name: string, specialty: string) => ({
  staffId,
  name,
  branchId: SEED_BRANCH,
  specialties: [specialty],
  bookSize: 400,
  capacity: 450,
  available: true,
});

/** Inserts `rows` referrals into a migrated database; returns the time it took, ms. */
export async function seedBenchReferrals(db: Db, rows: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, rows - i) }, (_, k) =>
      referralToRow(benchReferral(i + k), RECEIVED_AT),
    );
    await inTransaction(db, (trx) => insertReferrals(trx, batch, RECEIVED_AT));
  }
  await replaceRoster(
    db,
    [manager('CM01', '李经理', 'wealth'), manager('CM02', '张经理', 'loans')],
    [],
    new Date(),
    'bench',
  );
  return performance.now() - started;
}
