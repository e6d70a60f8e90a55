/** GET /v1/sync/pull until caught up: the outcomes of my referrals (or my assigned ones) come back. */
import { pullResponseSchema, type PullResponse } from '../contracts/sync';
import { createServerClient, type FetchLike } from './http-client';
import type { ServerError } from './server-error';

export interface PullOptions {
  fetch: FetchLike;
  baseUrl: string;
  token: string;
  cursor: string;
  /** Called once per page, before the cursor moves past it: persist both together. */
  apply: (page: PullResponse) => Promise<void>;
  maxPages?: number;
  timeoutMs?: number;
}

export type PullResult =
  | { ok: true; cursor: string; received: number }
  | { ok: false; cursor: string; received: number; error: ServerError };

export async function pullChanges(options: PullOptions): Promise<PullResult> {
  const client = createServerClient(
    { url: options.baseUrl, token: options.token },
    { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 30_000 },
  );
  let cursor = options.cursor;
  let received = 0;
  for (let page = 0; page < (options.maxPages ?? 50); page++) {
    const result = await client.json('/v1/sync/pull', pullResponseSchema, { query: { cursor } });
    if (!result.ok) return { ok: false, cursor, received, error: result.error };
    await options.apply(result.data);
    cursor = result.data.cursor;
    received += result.data.changes.length;
    if (!result.data.hasMore) break;
  }
  return { ok: true, cursor, received };
}
