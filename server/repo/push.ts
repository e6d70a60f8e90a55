/**
 * Stores one pushed batch in one transaction, idempotently:
 *   new id                      → created
 *   known id, identical content → unchanged (a retry after a lost response)
 *   known id, other content     → 409 naming the id; nothing of the batch is written
 * Rows are inserted in a fixed order (referrals by id, events by referral and seq), so two
 * instances writing overlapping batches take row locks in the same order (no deadlocks), and
 * `on conflict do nothing` makes the second writer wait for the first instead of failing.
 */
import type { PushResponse } from '../../lib/contracts/sync';
import type { Referral, ReferralEvent } from '../../lib/contracts/referral';
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { conflict, type ItemError } from './push-compare';
import { eventToRow, insertEvents } from './push-events';
import { insertReferrals } from './push-referrals';
import { referralToRow } from './referral-rows';
import { inTransaction } from './transaction';

export async function pushBatch(
  db: Db,
  auth: AuthInfo,
  referrals: Referral[],
  events: ReferralEvent[],
  now: Date,
): Promise<PushResponse> {
  const receivedAt = now.toISOString();
  const referralRows = dedupe(
    referrals.map((r) => referralToRow(r, receivedAt)),
    'referral',
  ).sort(byKey((r) => [r.id]));
  // Per referral in seq order, so the stored order is the device's order too.
  const eventRows = dedupe(
    events.map((e) => eventToRow(e, receivedAt)),
    'event',
  ).sort(byKey((e) => [e.referral_id, String(e.seq).padStart(7, '0'), e.id]));

  const outcome = await inTransaction(db, async (trx) => ({
    referrals: await insertReferrals(trx, referralRows, receivedAt),
    events: await insertEvents(trx, auth, eventRows, receivedAt),
  }));

  return {
    results: [
      ...referrals.map((r) => ({
        id: r.id,
        kind: 'referral' as const,
        result: outcome.referrals.get(r.id) ?? 'unchanged',
      })),
      ...events.map((e) => ({
        id: e.id,
        kind: 'event' as const,
        result: outcome.events.get(e.id) ?? 'unchanged',
      })),
    ],
  };
}

function byKey<T>(key: (item: T) => string[]): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a).join('\u0000');
    const kb = key(b).join('\u0000');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** The same id twice in one batch is fine if identical (collapsed), a conflict otherwise. */
function dedupe<T extends { id: string; content_hash: string }>(
  rows: T[],
  kind: ItemError['kind'],
): T[] {
  const byId = new Map<string, T>();
  const clashes: ItemError[] = [];
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, row);
    else if (seen.content_hash !== row.content_hash) {
      clashes.push({ kind, id: row.id, error: 'the batch holds two different items with this id' });
    }
  }
  if (clashes.length) throw conflict(clashes);
  return [...byId.values()];
}
