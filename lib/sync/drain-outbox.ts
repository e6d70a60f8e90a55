/**
 * Drains the outbox to the sync server: batches in outbox order, each retried as a whole until
 * the server answers (the server is idempotent on ids, so re-sending after a lost response is
 * safe). Network errors, 408, 429 and 5xx back off exponentially with jitter; other 4xx park the
 * refused items (kept, never lost) and the rest keeps flowing; 401 stops until the token is fixed.
 *
 * One call drains until the outbox is empty or an attempt fails; it then returns when to try
 * again (`retryAt`), which the service worker turns into an alarm. The backoff state lives in the
 * store, so it survives the service worker being killed.
 */
import { MAX_PUSH_ITEMS } from '../contracts/sync';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffConfig } from './backoff';
import type { OutboxStore, SyncErrorCode, SyncState } from './outbox';
import type { FetchLike } from './http-client';
import { pushBatch } from './push-request';

export interface DrainOptions {
  fetch: FetchLike;
  store: OutboxStore;
  baseUrl: string;
  token: string;
  clock: { now(): number };
  /** [0, 1), for jitter. */
  random: () => number;
  batchSize?: number;
  backoff?: BackoffConfig;
  timeoutMs?: number;
  /** Ignore a pending backoff (e.g. the user pressed "sync now", or a new referral was made). */
  force?: boolean;
}

export type DrainResult =
  | { status: 'idle'; sent: number; parked: number }
  | { status: 'waiting'; sent: 0; parked: 0; retryAt: number }
  | {
      status: 'retry';
      sent: number;
      parked: number;
      retryAt: number;
      code: SyncErrorCode;
      error: string;
    }
  | { status: 'unauthorized'; sent: number; parked: number; error: string };

export async function drainOutbox(options: DrainOptions): Promise<DrainResult> {
  const { store, clock } = options;
  const fullBatch = Math.min(options.batchSize ?? 100, MAX_PUSH_ITEMS);
  const state: SyncState = await store.loadState();
  if (!options.force && state.nextAttemptAt !== undefined && clock.now() < state.nextAttemptAt) {
    return { status: 'waiting', sent: 0, parked: 0, retryAt: state.nextAttemptAt };
  }
  const target = {
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  let sent = 0;
  let parked = 0;
  let size = fullBatch;

  for (;;) {
    const batch = await store.pending(size);
    if (batch.length === 0) {
      await store.saveState({
        failures: 0,
        ...(sent > 0 || state.lastSuccessAt === undefined
          ? { lastSuccessAt: clock.now() }
          : { lastSuccessAt: state.lastSuccessAt }),
      });
      return { status: 'idle', sent, parked };
    }
    const outcome = await pushBatch(target, batch);
    switch (outcome.kind) {
      case 'ok':
        await store.acknowledge(batch.map((e) => e.id));
        sent += batch.length;
        size = fullBatch;
        await store.saveState({ failures: 0, lastSuccessAt: clock.now() });
        state.failures = 0;
        break;
      case 'retry': {
        const failures = state.failures + 1;
        const delay = Math.max(
          backoffDelay(failures, options.random, options.backoff ?? DEFAULT_BACKOFF),
          outcome.retryAfterMs ?? 0,
        );
        const retryAt = clock.now() + delay;
        await store.saveState({
          ...state,
          failures,
          nextAttemptAt: retryAt,
          lastErrorCode: outcome.code,
          lastError: outcome.message,
        });
        return {
          status: 'retry',
          sent,
          parked,
          retryAt,
          code: outcome.code,
          error: outcome.message,
        };
      }
      case 'unauthorized':
        await store.saveState({
          ...state,
          lastErrorCode: 'invalid_token',
          lastError: outcome.message,
        });
        return { status: 'unauthorized', sent, parked, error: outcome.message };
      case 'rejected':
        if (outcome.items.length > 0) {
          await store.park(outcome.items.map((i) => ({ ...i, status: outcome.status })));
          parked += outcome.items.length;
        } else if (batch.length > 1) {
          size = Math.ceil(batch.length / 2); // find the refused item by halving
        } else {
          await store.park(
            batch.map((e) => ({ id: e.id, error: outcome.message, status: outcome.status })),
          );
          parked += 1;
        }
        state.lastErrorCode = 'refused';
        state.lastError = outcome.message;
        break;
    }
  }
}
