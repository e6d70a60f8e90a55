/**
 * The event half of a push. Events must belong to a stored referral the caller made (or has the
 * second credit for); an `undone` event withdraws its referral and tells the people concerned.
 */
import type { Kysely } from 'kysely';
import type { PushErrorDetails } from '../../lib/contracts/sync';
import type { ReferralEvent } from '../../lib/contracts/referral';
import type { Database } from '../db/types';
import type { AuthInfo } from '../http/env';
import { HttpError } from '../http/errors';
import { canonicalJson, contentHash } from '../util/canonical-json';
import { appendChanges, type ChangeSource } from './changes';
import { compareExisting, conflict, type ItemError, type PushResult } from './push-compare';

export interface EventRow {
  id: string;
  referral_id: string;
  seq: number;
  type: ReferralEvent['type'];
  actor_staff_id: string;
  at: string;
  data_json: string | null;
  origin: 'device';
  content_hash: string;
  received_at: string;
}

export function eventToRow(e: ReferralEvent, receivedAt: string): EventRow {
  return {
    id: e.id,
    referral_id: e.referralId,
    seq: e.seq,
    type: e.type,
    actor_staff_id: e.actorStaffId,
    at: e.at,
    data_json: e.data ? canonicalJson(e.data) : null,
    origin: 'device',
    content_hash: contentHash(e),
    received_at: receivedAt,
  };
}

export async function insertEvents(
  trx: Kysely<Database>,
  auth: AuthInfo,
  rows: EventRow[],
  receivedAt: string,
): Promise<Map<string, PushResult>> {
  const results = new Map<string, PushResult>();
  if (rows.length === 0) return results;
  const owners = await loadOwners(trx, auth, rows);
  // No conflict target: a clash on the id or on (referral, seq) both leave the row out.
  const inserted = await trx
    .insertInto('events')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  const insertedIds = new Set(inserted.map((r) => r.id));
  const notInserted = rows.filter((r) => !insertedIds.has(r.id));
  const changedIds = new Set(await compareExisting(trx, 'events', notInserted, results));
  const conflicts: ItemError[] = notInserted.flatMap((row): ItemError[] => {
    if (changedIds.has(row.id)) {
      return [
        { kind: 'event', id: row.id, error: 'a different event with this id is already stored' },
      ];
    }
    if (!results.has(row.id)) {
      return [
        {
          kind: 'event',
          id: row.id,
          error: `another event of this referral already has seq ${row.seq}`,
        },
      ];
    }
    return [];
  });
  if (conflicts.length) throw conflict(conflicts);

  for (const id of insertedIds) results.set(id, 'created');
  await withdrawUndone(
    trx,
    rows.filter((e) => e.type === 'undone' && insertedIds.has(e.id)),
    owners,
    receivedAt,
  );
  return results;
}

async function withdrawUndone(
  trx: Kysely<Database>,
  undone: EventRow[],
  owners: Map<string, ChangeSource>,
  receivedAt: string,
): Promise<void> {
  for (const e of undone) {
    await trx
      .updateTable('referrals')
      .set({ undone_at: e.at })
      .where('id', '=', e.referral_id)
      .where('undone_at', 'is', null)
      .execute();
  }
  const referralIds = [...new Set(undone.map((e) => e.referral_id))];
  const sources = referralIds.flatMap((id) => {
    const owner = owners.get(id);
    return owner ? [owner] : [];
  });
  await appendChanges(trx, sources, 'undone', receivedAt);
}

async function loadOwners(
  trx: Kysely<Database>,
  auth: AuthInfo,
  events: EventRow[],
): Promise<Map<string, ChangeSource>> {
  const ids = [...new Set(events.map((e) => e.referral_id))];
  const rows = await trx
    .selectFrom('referrals')
    .select(['id', 'branch_id', 'referrer_staff_id', 'second_credit_staff_id', 'manager_staff_id'])
    .where('id', 'in', ids)
    .execute();
  const owners = new Map(rows.map((r) => [r.id, r]));
  const unknown: ItemError[] = [];
  const foreign: ItemError[] = [];
  for (const e of events) {
    const owner = owners.get(e.referral_id);
    const mine =
      owner?.branch_id === auth.branchId &&
      (owner.referrer_staff_id === auth.staffId || owner.second_credit_staff_id === auth.staffId);
    if (!owner) {
      unknown.push({
        kind: 'event',
        id: e.id,
        error: `referral ${e.referral_id} is not on the server (push it first)`,
      });
    } else if (!mine) {
      foreign.push({
        kind: 'event',
        id: e.id,
        error: 'events can only be added to your own referrals',
      });
    }
  }
  if (foreign.length)
    throw new HttpError(403, 'forbidden', { items: foreign } satisfies PushErrorDetails);
  if (unknown.length) {
    throw new HttpError(422, 'unknown_referral', { items: unknown } satisfies PushErrorDetails);
  }
  return owners;
}
