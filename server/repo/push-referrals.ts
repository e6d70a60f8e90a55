/** The referral half of a push: insert new ones, accept identical repeats, refuse changed ones. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';
import { appendChanges } from './changes';
import { compareExisting, conflict, type PushResult } from './push-compare';
import type { ReferralRow } from './referral-rows';

export async function insertReferrals(
  trx: Kysely<Database>,
  rows: ReferralRow[],
  receivedAt: string,
): Promise<Map<string, PushResult>> {
  const results = new Map<string, PushResult>();
  if (rows.length === 0) return results;
  const inserted = await trx
    .insertInto('referrals')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  const insertedIds = new Set(inserted.map((r) => r.id));
  const notInserted = rows.filter((r) => !insertedIds.has(r.id));
  const conflicts = await compareExisting(trx, 'referrals', notInserted, results);
  if (conflicts.length) {
    throw conflict(
      conflicts.map((id) => ({
        kind: 'referral',
        id,
        error: 'a different referral with this id is already stored',
      })),
    );
  }
  const created = rows.filter((r) => insertedIds.has(r.id));
  for (const r of created) results.set(r.id, 'created');
  const sources = created.map((r) => ({
    id: r.id,
    branch_id: r.branch_id,
    referrer_staff_id: r.referrer_staff_id,
    second_credit_staff_id: r.second_credit_staff_id ?? null,
    manager_staff_id: r.manager_staff_id,
  }));
  await appendChanges(trx, sources, 'created', receivedAt);
  return results;
}
