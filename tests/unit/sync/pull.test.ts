/**
 * The extension's pull loop against a server that answers in small pages: it follows the cursor
 * until `hasMore` is false, applies each change once, and stops (saying so) at its page limit.
 */
import { describe, expect, it } from 'vitest';
import { pullChanges } from '@/lib/sync/pull';
import type { PullResponse } from '@/lib/contracts/sync';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { makeReferral } from '../../../support/server/fixtures';

/** A feed of `total` changes served `pageSize` at a time; the cursor is the last position sent. */
function pagedServer(total: number, pageSize: number, failOnRequest?: number) {
  const feed: ServerReferral[] = Array.from({ length: total }, (_, i) =>
    makeReferral({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
  );
  const requests: string[] = [];
  const fetch = (url: string): Promise<Response> => {
    requests.push(url);
    if (requests.length === failOnRequest) return Promise.reject(new TypeError('network down'));
    const cursor = new URL(url).searchParams.get('cursor') ?? '0';
    const from = cursor === '0' ? 0 : Number(cursor.split('.')[1]);
    const changes = feed.slice(from, from + pageSize);
    const to = from + changes.length;
    const body: PullResponse = {
      changes,
      cursor: to === 0 ? '0' : `0.${to}`,
      hasMore: to < total,
    };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
  return { feed, requests, fetch };
}

async function pullAll(server: ReturnType<typeof pagedServer>, maxPages?: number, cursor = '0') {
  const applied: string[] = [];
  const cursors: string[] = [];
  const result = await pullChanges({
    fetch: server.fetch,
    baseUrl: 'http://127.0.0.1:8787/',
    token: 'token-for-tests',
    cursor,
    apply: (page) => {
      applied.push(...page.changes.map((c) => c.id));
      cursors.push(page.cursor);
      return Promise.resolve();
    },
    ...(maxPages === undefined ? {} : { maxPages }),
  });
  return { result, applied, cursors };
}

describe('pullChanges with small pages', () => {
  it.each([
    { total: 0, pageSize: 3, requests: 1 },
    { total: 7, pageSize: 3, requests: 3 },
    { total: 9, pageSize: 3, requests: 3 },
    { total: 250, pageSize: 100, requests: 3 },
  ])(
    '$total changes in pages of $pageSize: every change once, in order, in $requests requests',
    async ({ total, pageSize, requests }) => {
      const server = pagedServer(total, pageSize);
      const { result, applied, cursors } = await pullAll(server);
      expect(applied).toEqual(server.feed.map((r) => r.id));
      expect(server.requests).toHaveLength(requests);
      // Each request carries the cursor the page before it returned.
      expect(server.requests.slice(1).map((u) => new URL(u).searchParams.get('cursor'))).toEqual(
        cursors.slice(0, -1),
      );
      expect(result).toEqual({
        ok: true,
        cursor: total === 0 ? '0' : `0.${total}`,
        received: total,
        more: false,
      });
    },
  );

  it('stops at maxPages with `more`, and the next run carries on from its cursor', async () => {
    const server = pagedServer(10, 2);
    const first = await pullAll(server, 3);
    expect(first.result).toEqual({ ok: true, cursor: '0.6', received: 6, more: true });
    const second = await pullAll(server, 3, first.result.cursor);
    expect(second.result).toEqual({ ok: true, cursor: '0.10', received: 4, more: false });
    expect([...first.applied, ...second.applied]).toEqual(server.feed.map((r) => r.id));
  });

  it('a failure mid-way keeps the cursor of the last page applied, so nothing is skipped', async () => {
    const server = pagedServer(10, 3, 3);
    const { result, applied } = await pullAll(server);
    expect(result).toMatchObject({ ok: false, cursor: '0.6', received: 6 });
    expect(applied).toEqual(server.feed.slice(0, 6).map((r) => r.id));
  });
});
