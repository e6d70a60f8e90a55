/**
 * The log's first page, asked for as soon as the page knows the server — beside "who is this
 * token" (GET /v1/me) instead of after it and the render that follows — so the first rows come up
 * one round trip sooner. The table takes the answer only if it asks for exactly that page (same
 * server, token and query) within a few seconds; a refused or unused prefetch is dropped.
 */
import type { ReferralLogPage } from '@/lib/contracts/referral-log';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { serverApi, type ApiResult } from '@/lib/sync/server-api';
import { DEFAULT_SORT, logPageParams } from './log-query';
import { PAGE_SIZE } from './log-page-store';

type PageResult = Promise<ApiResult<ReferralLogPage>>;

const FRESH_MS = 5_000;
let pending: { key: string; at: number; result: PageResult } | undefined;

const keyOf = (config: SyncConfig, query: URLSearchParams) =>
  JSON.stringify([config.url, config.token, query.toString()]);

/** The page the table asks for first: no filters, newest first, without the count. */
export function firstPageQuery(): URLSearchParams {
  return logPageParams(new URLSearchParams(), DEFAULT_SORT, {
    offset: 0,
    limit: PAGE_SIZE,
    withTotal: false,
  });
}

export function prefetchFirstPage(
  config: SyncConfig,
  now = Date.now(),
  logPage: (config: SyncConfig, query: URLSearchParams) => PageResult = (c, q) =>
    serverApi(c).logPage(q),
): void {
  const query = firstPageQuery();
  pending = { key: keyOf(config, query), at: now, result: logPage(config, query) };
}

/** The prefetched answer for `query`, once; undefined when there is none or it is stale. */
export function takePrefetchedPage(
  config: SyncConfig,
  query: URLSearchParams,
  now = Date.now(),
): PageResult | undefined {
  const hit = pending;
  if (!hit || hit.key !== keyOf(config, query)) return undefined;
  pending = undefined;
  return now - hit.at <= FRESH_MS ? hit.result : undefined;
}
