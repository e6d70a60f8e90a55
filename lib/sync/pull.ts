/**
 * GET /v1/sync/pull until caught up: the outcomes of my referrals (or my assigned ones) come back.
 * The server answers in small pages (at most PULL_PAGE_SIZE changes, whatever `limit` asks) and
 * says `hasMore`; this follows the returned cursor page after page, up to `maxPages` per run.
 */
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
  /** Pages per run (default 200: 20,000 changes, a fresh install at a busy branch). */
  maxPages?: number;
  timeoutMs?: number;
}

export type PullResult =
  /** `more`: stopped at `maxPages` with changes still waiting (run again soon). */
  | { ok: true; cursor: string; received: number; more: boolean }
  | { ok: false; cursor: string; received: number; error: ServerError };

export async function pullChanges(options: PullOptions): Promise<PullResult> {
  const client = createServerClient(
    { url: options.baseUrl, token: options.token },
    { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 30_000 },
  );
  let cursor = options.cursor;
  let received = 0;
  let more = false;
  for (let page = 0; page < (options.maxPages ?? 200); page++) {
    const result = await client.json('/v1/sync/pull', pullResponseSchema, { query: { cursor } });
    if (!result.ok) return { ok: false, cursor, received, error: result.error };
    await options.apply(result.data);
    cursor = result.data.cursor;
    received += result.data.changes.length;
    more = result.data.hasMore;
    if (!more) break;
  }
  return { ok: true, cursor, received, more };
}
