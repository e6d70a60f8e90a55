/** One POST /v1/sync/push on the shared client, classified into what the drainer should do next. */
import { pushErrorDetailsSchema, pushResponseSchema } from '../contracts/sync';
import { createServerClient, type FetchLike } from './http-client';
import type { OutboxEntry, SyncErrorCode } from './outbox';
import type { ServerError } from './server-error';

export type PushOutcome =
  | { kind: 'ok' }
  /** Try the same batch again later. */
  | { kind: 'retry'; code: SyncErrorCode; message: string; retryAfterMs?: number }
  /** The token is not accepted: nothing is the items' fault, keep them pending. */
  | { kind: 'unauthorized'; message: string }
  /** 4xx: the server refused; `items` names the refused entries when it could tell. */
  | { kind: 'rejected'; status: number; message: string; items: { id: string; error: string }[] };

export interface PushTarget {
  fetch: FetchLike;
  baseUrl: string;
  token: string;
  timeoutMs?: number;
}

export async function pushBatch(target: PushTarget, batch: OutboxEntry[]): Promise<PushOutcome> {
  const client = createServerClient(
    { url: target.baseUrl, token: target.token },
    { fetch: target.fetch, timeoutMs: target.timeoutMs ?? 30_000 },
  );
  const result = await client.json('/v1/sync/push', pushResponseSchema, {
    method: 'POST',
    body: {
      referrals: batch.flatMap((e) => (e.kind === 'referral' ? [e.payload] : [])),
      events: batch.flatMap((e) => (e.kind === 'event' ? [e.payload] : [])),
    },
  });
  return result.ok ? { kind: 'ok' } : classify(result.error, batch);
}

function classify(error: ServerError, batch: OutboxEntry[]): PushOutcome {
  switch (error.code) {
    case 'invalid_token':
      return { kind: 'unauthorized', message: `token not accepted (${error.detail})` };
    case 'forbidden':
    case 'bad_request':
      return {
        kind: 'rejected',
        status: error.status ?? 400,
        message: `refused (${error.status ?? 400} ${error.detail})`,
        items: refusedItems(error, batch),
      };
    default:
      return {
        kind: 'retry',
        code: error.code,
        message: retryWords(error),
        ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
      };
  }
}

/** The drainer's words for a failed attempt (kept in the outbox state for IT). */
function retryWords(error: ServerError): string {
  if (error.code === 'rate_limited') return 'too many requests';
  if (error.code === 'server_error') return `server error ${error.status} (${error.detail})`;
  return error.detail;
}

/** The entries the server named as refused, by id or by their place in the batch. */
function refusedItems(error: ServerError, batch: OutboxEntry[]): { id: string; error: string }[] {
  const parsed = pushErrorDetailsSchema.safeParse(error.details);
  const ids = new Set(batch.map((e) => e.id));
  const head = error.serverCode ?? `HTTP ${error.status ?? 400}`;
  return (parsed.success ? parsed.data.items : []).flatMap((item) => {
    const id =
      item.id ?? (item.index !== undefined ? entryAt(batch, item.kind, item.index)?.id : undefined);
    return id && ids.has(id) ? [{ id, error: `${head}: ${item.error}` }] : [];
  });
}

function entryAt(
  batch: OutboxEntry[],
  kind: OutboxEntry['kind'],
  index: number,
): OutboxEntry | undefined {
  return batch.filter((e) => e.kind === kind)[index];
}
