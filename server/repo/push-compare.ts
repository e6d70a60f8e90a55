/** Shared by the referral and event halves of a push: "is this id already stored, and how?" */
import type { Kysely } from 'kysely';
import type { PushErrorDetails, PushResponse } from '../../lib/contracts/sync';
import type { Database } from '../db/types';
import { HttpError } from '../http/errors';

export type PushResult = PushResponse['results'][number]['result'];
export type ItemError = PushErrorDetails['items'][number];

export function conflict(items: ItemError[]): HttpError {
  return new HttpError(409, 'conflict', { items } satisfies PushErrorDetails);
}

/** Marks identical re-sends as unchanged; returns the ids whose stored content differs. */
export async function compareExisting(
  trx: Kysely<Database>,
  table: 'referrals' | 'events',
  rows: { id: string; content_hash: string }[],
  results: Map<string, PushResult>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const stored = await trx
    .selectFrom(table)
    .select(['id', 'content_hash'])
    .where('id', 'in', ids)
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
