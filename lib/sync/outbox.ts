/**
 * What the outbox drainer needs from a store. The extension implements it over its Dexie
 * `outbox` table; tests use MemoryOutboxStore. Entries are never deleted except when the server
 * has acknowledged them: a refused entry is parked (kept, with the reason) for a person to see.
 */
import type { Referral, ReferralEvent } from '../contracts/referral';
import type { ServerErrorCode } from './server-error';

export type OutboxEntry =
  | { id: string; kind: 'referral'; payload: Referral }
  | { id: string; kind: 'event'; payload: ReferralEvent };

export interface ParkedItem {
  id: string;
  /** Why the server refused it, in words (e.g. "a different referral with this id is already stored"). */
  error: string;
  status: number;
}

/** Sync status the panel shows (pending count comes from the store itself). */
export interface SyncState {
  /** Consecutive failed attempts; 0 after a success. Drives the backoff. */
  failures: number;
  /** Epoch ms before which the drainer should not try again. */
  nextAttemptAt?: number;
  lastSuccessAt?: number;
  lastErrorCode?: SyncErrorCode;
  lastError?: string;
}

/** Why the last attempt failed: the client's code, or `refused` when items were parked. */
export type SyncErrorCode = ServerErrorCode | 'refused';

export interface OutboxStore {
  /** Entries not yet acknowledged and not parked, oldest first (a referral before its events). */
  pending(limit: number): Promise<OutboxEntry[]>;
  /** The server holds these now: remove them. */
  acknowledge(ids: string[]): Promise<void>;
  /** The server refused these permanently (4xx): keep them, stop sending them. */
  park(items: ParkedItem[]): Promise<void>;
  loadState(): Promise<SyncState>;
  saveState(state: SyncState): Promise<void>;
}
