/**
 * Stores one pushed batch in one transaction, idempotently:
 *   new id                      → created
 *   known id, identical content → unchanged (a retry after a lost response)
 *   known id, other content     → 409 naming the id; nothing of the batch is written
 * Rows are inserted in id order so two instances writing overlapping batches take row locks in
 * the same order (no deadlocks), and `on conflict do nothing` lets the second writer wait for the
 * first instead of failing.
 */
import type { Kysely } from 'kysely';
import type { PushErrorDetails, PushResponse } from '../../lib/contracts/sync';
import type { Referral, ReferralEvent } from '../../lib/referrals/schema';
import type { Database, Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { HttpError } from '../http/errors';
import { canonicalJson, contentHash } from '../util/canonical-json';
import { appendChanges, type ChangeSource } from './changes';
import { referralToRow } from './referral-rows';
import { inTransaction } from './transaction';

type Result = PushResponse['results'][number]['result'];
type ItemError = PushErrorDetails['items'][number];

export async function pushBatch(
  db: Db,
  auth: AuthInfo,
  referrals: Referral[],
  events: ReferralEvent[],
  now: Date,
): Promise<PushResponse> {
  const uniqueReferrals = dedupe(referrals, 'referral');
  const uniqueEvents = dedupe(events, 'event');
  const receivedAt = now.toISOString();

  const outcome = await inTransaction(db, async (trx) => {
    const referralResults = await insertReferrals(trx, uniqueReferrals, receivedAt);
    const eventResults = await insertEvents(trx, auth, uniqueEvents, receivedAt);
    return { referralResults, eventResults };
  });

  return {
    results: [
      ...referrals.map((r) => ({
        id: r.id,
        kind: 'referral' as const,
        result: outcome.referralResults.get(r.id) ?? 'unchanged',
      })),
      ...events.map((e) => ({
        id: e.id,
        kind: 'event' as const,
        result: outcome.eventResults.get(e.id) ?? 'unchanged',
      })),
    ],
  };
}

function dedupe<T extends { id: string }>(items: T[], kind: ItemError['kind']): T[] {
  const byId = new Map<string, { item: T; hash: string }>();
  const clashes: ItemError[] = [];
  for (const item of items) {
    const hash = contentHash(item);
    const seen = byId.get(item.id);
    if (!seen) byId.set(item.id, { item, hash });
    else if (seen.hash !== hash)
      clashes.push({
        kind,
        id: item.id,
        error: 'the batch holds two different items with this id',
      });
  }
  if (clashes.length)
    throw new HttpError(409, 'conflict', { items: clashes } satisfies PushErrorDetails);
  return [...byId.values()]
    .map((v) => v.item)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function insertReferrals(
  trx: Kysely<Database>,
  referrals: Referral[],
  receivedAt: string,
): Promise<Map<string, Result>> {
  const results = new Map<string, Result>();
  if (referrals.length === 0) return results;
  const rows = referrals.map((r) => referralToRow(r, receivedAt));
  const inserted = await trx
    .insertInto('referrals')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  const insertedIds = new Set(inserted.map((r) => r.id));
  const conflicts = await compareExisting(
    trx,
    'referrals',
    rows.filter((r) => !insertedIds.has(r.id)),
    results,
  );
  if (conflicts.length) {
    throw new HttpError(409, 'conflict', {
      items: conflicts.map((id) => ({
        kind: 'referral',
        id,
        error: 'a different referral with this id is already stored',
      })),
    } satisfies PushErrorDetails);
  }
  const created = rows.filter((r) => insertedIds.has(r.id));
  for (const r of created) results.set(r.id, 'created');
  await appendChanges(trx, created.map(toChangeSource), 'created', receivedAt);
  return results;
}

/** Marks identical re-sends as unchanged; returns the ids whose stored content differs. */
async function compareExisting(
  trx: Kysely<Database>,
  table: 'referrals' | 'events',
  rows: { id: string; content_hash: string }[],
  results: Map<string, Result>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const stored = await trx
    .selectFrom(table)
    .select(['id', 'content_hash'])
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const storedHash = new Map(stored.map((s) => [s.id, s.content_hash]));
  const conflicts: string[] = [];
  for (const row of rows) {
    const hash = storedHash.get(row.id);
    if (hash === row.content_hash) results.set(row.id, 'unchanged');
    else if (hash !== undefined) conflicts.push(row.id);
  }
  return conflicts;
}

async function insertEvents(
  trx: Kysely<Database>,
  auth: AuthInfo,
  events: ReferralEvent[],
  receivedAt: string,
): Promise<Map<string, Result>> {
  const results = new Map<string, Result>();
  if (events.length === 0) return results;
  const owners = await loadOwners(trx, auth, events);
  const rows = events.map((e) => ({
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
  }));
  const inserted = await trx
    .insertInto('events')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  const insertedIds = new Set(inserted.map((r) => r.id));
  const notInserted = rows.filter((r) => !insertedIds.has(r.id));
  const conflicts: ItemError[] = (await compareExisting(trx, 'events', notInserted, results)).map(
    (id) => ({
      kind: 'event',
      id,
      error: 'a different event with this id is already stored',
    }),
  );
  for (const row of notInserted.filter(
    (r) => !results.has(r.id) && !conflicts.some((c) => c.id === r.id),
  )) {
    conflicts.push({
      kind: 'event',
      id: row.id,
      error: `another event of this referral already has seq ${row.seq}`,
    });
  }
  if (conflicts.length)
    throw new HttpError(409, 'conflict', { items: conflicts } satisfies PushErrorDetails);

  for (const id of insertedIds) results.set(id, 'created');
  const undone = events.filter((e) => e.type === 'undone' && insertedIds.has(e.id));
  for (const e of undone) {
    await trx
      .updateTable('referrals')
      .set({ undone_at: e.at })
      .where('id', '=', e.referralId)
      .where('undone_at', 'is', null)
      .execute();
  }
  await appendChanges(
    trx,
    [...new Set(undone.map((e) => e.referralId))].map((id) => owners.get(id)!),
    'undone',
    receivedAt,
  );
  return results;
}

/** Every event must belong to a stored referral that the caller made (or got second credit for). */
async function loadOwners(
  trx: Kysely<Database>,
  auth: AuthInfo,
  events: ReferralEvent[],
): Promise<Map<string, ChangeSource>> {
  const ids = [...new Set(events.map((e) => e.referralId))];
  const rows = await trx
    .selectFrom('referrals')
    .select(['id', 'branch_id', 'referrer_staff_id', 'second_credit_staff_id', 'manager_staff_id'])
    .where('id', 'in', ids)
    .execute();
  const owners = new Map(rows.map((r) => [r.id, r]));
  const unknown: ItemError[] = [];
  const foreign: ItemError[] = [];
  for (const e of events) {
    const owner = owners.get(e.referralId);
    if (!owner)
      unknown.push({
        kind: 'event',
        id: e.id,
        error: `referral ${e.referralId} is not on the server (push it first)`,
      });
    else if (
      owner.branch_id !== auth.branchId ||
      (owner.referrer_staff_id !== auth.staffId && owner.second_credit_staff_id !== auth.staffId)
    ) {
      foreign.push({
        kind: 'event',
        id: e.id,
        error: 'events can only be added to your own referrals',
      });
    }
  }
  if (foreign.length)
    throw new HttpError(403, 'forbidden', { items: foreign } satisfies PushErrorDetails);
  if (unknown.length)
    throw new HttpError(422, 'unknown_referral', { items: unknown } satisfies PushErrorDetails);
  return owners;
}

function toChangeSource(row: ReturnType<typeof referralToRow>): ChangeSource {
  return {
    id: row.id,
    branch_id: row.branch_id,
    referrer_staff_id: row.referrer_staff_id,
    second_credit_staff_id: row.second_credit_staff_id ?? null,
    manager_staff_id: row.manager_staff_id,
  };
}
