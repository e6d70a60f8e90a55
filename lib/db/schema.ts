/**
 * Every version of the IndexedDB schema, oldest first. Never edit or remove a released version:
 * add a new one (and a fixture test in tests/unit/db) instead. Indexes exist only for queries the
 * code runs; the comment beside each says which.
 */
import type { Transaction } from 'dexie';

export const DB_NAME = 'teller-sidekick';

export const SCHEMA_V1 = {
  referrals: 'id, createdAt', // listReferrals (newest first)
  events: 'id, [referralId+seq]', // eventsOf(referral), in order
  notes: 'id, &clientRef', // noteFor(clientRef); one note per client
  outbox: 'id, order', // DexieOutboxStore.pending (oldest first)
  audit: '++id, at', // listAudit (newest first)
  kv: 'key',
} as const;

/** v2: "My referrals" (listMyReferrals) and the per-referral sync badge (`sentAt`). */
export const SCHEMA_V2 = {
  referrals: 'id, createdAt, [referrerStaffId+createdAt]',
} as const;

/** v3: the referral already made in this visit at the counter (referralOfVisit). No data change. */
export const SCHEMA_V3 = {
  referrals: 'id, createdAt, [referrerStaffId+createdAt], visitId',
} as const;

/**
 * v1 → v2: a referral with no outbox row was acknowledged by the server, so it gets `sentAt`. v1
 * did not record when, so its last update time stands in for it.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const waiting = new Set((await tx.table('outbox').toCollection().primaryKeys()).map(String));
  await tx
    .table('referrals')
    .toCollection()
    .modify((row: { id: string; updatedAt: string; sentAt?: string }) => {
      if (row.sentAt === undefined && !waiting.has(row.id)) row.sentAt = row.updatedAt;
    });
}
