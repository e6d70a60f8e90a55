import { describe, expect, it, vi } from 'vitest';
import type { ReferralLogPage } from '@/lib/contracts/referral-log';
import type { SyncConfig } from '@/lib/settings/sync-config';
import type { ApiResult } from '@/lib/sync/server-api';
import {
  firstPageQuery,
  prefetchFirstPage,
  takePrefetchedPage,
} from '@/lib/supervisor/first-page-prefetch';

const config = { url: 'https://sync.branch.example', token: 'tok-supervisor' };
const answer: ApiResult<ReferralLogPage> = { ok: true, data: { rows: [] } };
const firstPage = firstPageQuery().toString();

const stubServer = () =>
  vi.fn((_config: SyncConfig, _query: URLSearchParams) => Promise.resolve(answer));

describe('first page prefetch', () => {
  it('asks for the first page, newest first, without the count', () => {
    const logPage = stubServer();
    prefetchFirstPage(config, 1_000, logPage);
    expect(logPage.mock.calls.map(([, q]) => q.toString())).toEqual([
      'sort=createdAt&order=desc&limit=500&total=false',
    ]);
  });

  it('hands the answer to the table once, for the same query', async () => {
    prefetchFirstPage(config, 1_000, stubServer());
    expect(await takePrefetchedPage(config, new URLSearchParams(firstPage), 1_200)).toBe(answer);
    // Used once: a later fetch of the same page (a new filter and back) goes to the server.
    expect(takePrefetchedPage(config, new URLSearchParams(firstPage), 1_300)).toBeUndefined();
  });

  it.each([
    ['another query (a filter is set)', config, `tier=A&${firstPage}`, 1_200],
    ['another token', { ...config, token: 'tok-other' }, firstPage, 1_200],
    ['a stale answer (more than 5 s old)', config, firstPage, 7_000],
  ])('is not used for %s', (_what, asking, query, at) => {
    prefetchFirstPage(config, 1_000, stubServer());
    expect(takePrefetchedPage(asking, new URLSearchParams(query), at)).toBeUndefined();
  });
});
