/**
 * A pushed referral names people of its branch: the client manager must be on the branch's roster,
 * the second credit (a lobby manager) must be known there — on the roster or holding a token of
 * that branch (revoked ones count: the referral may predate the revocation). Referrals the server
 * already holds are not checked again, so a retry stays an idempotent repeat even if the roster
 * changed meanwhile.
 */
import type { PushErrorDetails } from '../../lib/contracts/sync';
import type { Referral } from '../../lib/contracts/referral';
import type { Db } from '../db/types';

type ItemError = PushErrorDetails['items'][number];

export async function unknownStaff(
  db: Db,
  branchId: string,
  referrals: Referral[],
): Promise<ItemError[]> {
  if (referrals.length === 0) return [];
  const stored = await db.kysely
    .selectFrom('referrals')
    .select('id')
    .where(
      'id',
      'in',
      referrals.map((r) => r.id),
    )
    .execute();
  const known = new Set(stored.map((r) => r.id));
  const fresh = referrals.filter((r) => !known.has(r.id));
  if (fresh.length === 0) return [];

  const managers = [...new Set(fresh.map((r) => r.managerStaffId))];
  const seconds = [
    ...new Set(fresh.flatMap((r) => (r.secondCreditStaffId ? [r.secondCreditStaffId] : []))),
  ];
  const names = [...new Set([...managers, ...seconds])];
  const onRoster = new Set(
    (
      await db.kysely
        .selectFrom('roster')
        .select('staff_id')
        .where('branch_id', '=', branchId)
        .where('staff_id', 'in', names)
        .execute()
    ).map((r) => r.staff_id),
  );
  const withToken = new Set(
    seconds.length === 0
      ? []
      : (
          await db.kysely
            .selectFrom('tokens')
            .select('staff_id')
            .distinct()
            .where('branch_id', '=', branchId)
            .where('staff_id', 'in', seconds)
            .execute()
        ).map((r) => r.staff_id),
  );

  const errors: ItemError[] = [];
  referrals.forEach((r, index) => {
    if (known.has(r.id)) return;
    const why = !onRoster.has(r.managerStaffId)
      ? `managerStaffId ${r.managerStaffId} is not a client manager on branch ${branchId}'s roster`
      : r.secondCreditStaffId &&
          !onRoster.has(r.secondCreditStaffId) &&
          !withToken.has(r.secondCreditStaffId)
        ? `secondCreditStaffId ${r.secondCreditStaffId} is not known in branch ${branchId}`
        : undefined;
    if (why) errors.push({ kind: 'referral', index, id: r.id, error: why });
  });
  return errors;
}
