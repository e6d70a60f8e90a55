/**
 * GET /v1/sync/pull until caught up: the outcomes of my referrals (or my assigned ones) come back.
 * The server answers in small pages (at most PULL_PAGE_SIZE changes, whatever `limit` asks) and
 * says `hasMore`; this follows the returned cursor page after page, up to `maxPages` per run.
 */
import { pullResponseSchema, type PullResponse } from '../contracts/sync';
import type { FetchLike } from './push-request';

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
  | { ok: false; cursor: string; received: number; status?: number; error: string };

export async function pullChanges(options: PullOptions): Promise<PullResult> {
  let cursor = options.cursor;
  let received = 0;
  let more = false;
  for (let page = 0; page < (options.maxPages ?? 200); page++) {
    let response: Response;
    let json: unknown;
    try {
      response = await options.fetch(
        `${options.baseUrl.replace(/\/+$/, '')}/v1/sync/pull?cursor=${encodeURIComponent(cursor)}`,
        {
          method: 'GET',
          headers: { authorization: `Bearer ${options.token}` },
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        },
      );
      json = await response.json();
    } catch {
      return { ok: false, cursor, received, error: 'server not reachable' };
    }
    if (!response.ok)
      return {
        ok: false,
        cursor,
        received,
        status: response.status,
        error: `HTTP ${response.status}`,
      };
    const parsed = pullResponseSchema.safeParse(json);
    if (!parsed.success)
      return { ok: false, cursor, received, error: 'unexpected answer from the server' };
    await options.apply(parsed.data);
    cursor = parsed.data.cursor;
    received += parsed.data.changes.length;
    more = parsed.data.hasMore;
    if (!more) break;
  }
  return { ok: true, cursor, received, more };
}
