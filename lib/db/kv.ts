/** Typed access to the `kv` table: the few settings-like values the device keeps. */
import type { SyncState } from '../sync/outbox';
import type { SidekickDB } from './database';

/** Every key the `kv` table may hold, with its value type. Add new keys here. */
export interface KvValues {
  /** Opaque cursor returned by the last applied `GET /v1/sync/pull` page. */
  'sync.cursor': string;
  /** Backoff and last result of the outbox drainer (DexieOutboxStore.loadState/saveState). */
  'sync.state': SyncState;
}
export type KvKey = keyof KvValues;

export async function getKv<K extends KvKey>(
  db: SidekickDB,
  key: K,
): Promise<KvValues[K] | undefined> {
  const row = await db.kv.get(key);
  // Only setKv writes this table, with the value type of its key.
  return row?.value as KvValues[K] | undefined;
}

export async function setKv<K extends KvKey>(
  db: SidekickDB,
  key: K,
  value: KvValues[K],
): Promise<void> {
  await db.kv.put({ key, value });
}
