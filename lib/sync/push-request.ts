/** One POST /v1/sync/push, classified into what the drainer should do next. */
import { pushErrorDetailsSchema, pushResponseSchema } from '../contracts/sync';
import type { OutboxEntry, SyncErrorCode } from './outbox';

export type FetchLike = (
  input: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<Response>;

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
  const body = {
    referrals: batch.flatMap((e) => (e.kind === 'referral' ? [e.payload] : [])),
    events: batch.flatMap((e) => (e.kind === 'event' ? [e.payload] : [])),
  };
  let response: Response;
  let text: string;
  try {
    response = await target.fetch(`${target.baseUrl.replace(/\/+$/, '')}/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(target.timeoutMs ?? 30_000),
    });
    text = await response.text();
  } catch {
    return { kind: 'retry', code: 'offline', message: 'server not reachable' };
  }
  const json = parseJson(text);
  const status = response.status;
  if (status >= 200 && status < 300) {
    return pushResponseSchema.safeParse(json).success
      ? { kind: 'ok' }
      : { kind: 'retry', code: 'bad_response', message: 'unexpected answer from the server' };
  }
  const errorName =
    typeof json === 'object' && json !== null && 'error' in json
      ? String(json.error)
      : `HTTP ${status}`;
  if (status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return {
      kind: 'retry',
      code: 'rate_limited',
      message: 'too many requests',
      ...(seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}),
    };
  }
  if (status === 408 || status >= 500)
    return {
      kind: 'retry',
      code: 'server_error',
      message: `server error ${status} (${errorName})`,
    };
  if (status === 401) return { kind: 'unauthorized', message: `token not accepted (${errorName})` };

  const details =
    typeof json === 'object' && json !== null && 'details' in json
      ? pushErrorDetailsSchema.safeParse(json.details)
      : undefined;
  const ids = new Set(batch.map((e) => e.id));
  const items = (details?.success ? details.data.items : []).flatMap((item) => {
    const id =
      item.id ?? (item.index !== undefined ? entryAt(batch, item.kind, item.index)?.id : undefined);
    return id && ids.has(id) ? [{ id, error: `${errorName}: ${item.error}` }] : [];
  });
  return { kind: 'rejected', status, message: `refused (${status} ${errorName})`, items };
}

function entryAt(
  batch: OutboxEntry[],
  kind: OutboxEntry['kind'],
  index: number,
): OutboxEntry | undefined {
  return batch.filter((e) => e.kind === kind)[index];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
