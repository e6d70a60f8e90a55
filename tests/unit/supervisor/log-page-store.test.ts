import { describe, expect, it } from 'vitest';
import type { ReferralLogPage, ReferralLogRow } from '@/lib/contracts/referral-log';
import type { ApiResult } from '@/lib/sync/server-api';
import { ServerError } from '@/lib/sync/server-error';
import { LogPageStore, pagesAround } from '@/lib/supervisor/log-page-store';

describe('pagesAround', () => {
  it.each([
    [0, 20, 100, 1000, [0, 1]],
    [250, 270, 100, 1000, [2, 3, 1]],
    [180, 230, 100, 1000, [1, 2, 3, 0]],
    [950, 999, 100, 1000, [9, 8]],
    [0, 0, 100, 0, []],
  ])(
    'rows %i–%i, pages of %i, %i rows → %o (on screen first)',
    (first, last, size, total, pages) => {
      expect(pagesAround(first, last, size, total)).toEqual(pages);
    },
  );
});

/**
 * A fake server of `total` rows whose row i has id `i`; answers when `flush()` is called.
 * `asked` holds the offsets of page requests, `counts` how many times the total was asked for.
 */
function fakeServer(total: number) {
  const asked: number[] = [];
  let counts = 0;
  const waiting: { count: boolean; answer: () => void }[] = [];
  const fetchPage = (offset: number, limit: number, withTotal: boolean) =>
    new Promise<ApiResult<ReferralLogPage>>((resolve) => {
      if (withTotal) counts += 1;
      else asked.push(offset);
      const answer = () => {
        const rows = Array.from(
          { length: Math.max(0, Math.min(limit, total - offset)) },
          (_, i) => ({
            id: String(offset + i),
          }),
        ) as unknown as ReferralLogRow[];
        resolve({ ok: true, data: withTotal ? { rows, total } : { rows } });
      };
      waiting.push({ count: withTotal, answer });
    });
  /** Answers everything asked (or only the page requests), until the store is idle. */
  const flush = async (only?: 'pages') => {
    for (let round = 0; round < 10; round++) {
      for (const w of waiting.filter((w) => !(only && w.count))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.answer();
      }
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { fetchPage, asked, counts: () => counts, flush };
}

describe('LogPageStore', () => {
  it('loads the first page, then only the pages around what is on screen', async () => {
    const server = fakeServer(100_000);
    const store = new LogPageStore(server.fetchPage, 500);
    await server.flush();
    expect(store.total).toBe(100_000);
    expect(store.rowAt(499)?.id).toBe('499');
    expect(store.rowAt(500)).toBeUndefined();

    store.show(80_000, 80_030); // the scrollbar dragged far down
    await server.flush();
    // The page on screen first, then read-ahead; nothing in between is fetched.
    expect(server.asked).toEqual([0, 80_000, 80_500, 79_500]);
    expect(store.rowAt(80_010)?.id).toBe('80010');
  });

  it('shows the first page before the total arrives; the server counts once, not per page', async () => {
    const server = fakeServer(100_000);
    const store = new LogPageStore(server.fetchPage, 500);
    expect(server.counts()).toBe(0); // the count does not queue in front of the first page
    await server.flush('pages');
    expect(server.counts()).toBe(1);
    expect(store.total).toBeUndefined();
    expect(store.rowCount()).toBe(500);
    expect(store.rowAt(0)?.id).toBe('0');
    await server.flush();
    expect(store.total).toBe(100_000);
    expect(store.rowCount()).toBe(100_000);
    store.show(40_000, 40_030);
    await server.flush();
    expect(server.asked).toEqual([0, 40_000, 40_500, 39_500]);
    expect(server.counts()).toBe(1);
  });

  it('skips pages the table scrolled past before their turn came', async () => {
    const server = fakeServer(100_000);
    const store = new LogPageStore(server.fetchPage, 500);
    await server.flush();
    store.show(10_000, 10_030); // two requests start; the page above waits its turn
    store.show(50_000, 50_030); // the scrollbar moved on
    await server.flush();
    expect(server.asked).not.toContain(9_500);
    expect(store.rowAt(50_010)?.id).toBe('50010');
  });

  it('forgets pages far from the screen, so memory stays bounded', async () => {
    const server = fakeServer(100_000);
    const store = new LogPageStore(server.fetchPage, 500, 6);
    await server.flush();
    for (let row = 0; row < 20_000; row += 2_000) {
      store.show(row, row + 30);
      await server.flush();
    }
    expect(store.loadedPages().length).toBeLessThanOrEqual(6);
    expect(store.rowAt(18_010)?.id).toBe('18010');
    expect(store.rowAt(10)).toBeUndefined();
  });

  it('stops on an error, says why, and tries again on retry', async () => {
    let fail = true;
    const forbidden = new ServerError({ code: 'forbidden', status: 403, detail: 'forbidden' });
    const store = new LogPageStore((offset) =>
      Promise.resolve<ApiResult<ReferralLogPage>>(
        fail
          ? { ok: false, error: forbidden }
          : {
              ok: true,
              data: { rows: [{ id: String(offset) } as unknown as ReferralLogRow], total: 1 },
            },
      ),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(store.failure).toBe(forbidden);
    fail = false;
    store.retry();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.failure).toBeUndefined();
    expect(store.total).toBe(1);
  });

  it('a failed count leaves the rows on screen, says why, and is asked again on retry', async () => {
    let countFails = true;
    const unreachable = new ServerError({ code: 'unreachable', detail: 'server not reachable' });
    const rows = [{ id: '0' }] as unknown as ReferralLogRow[];
    const store = new LogPageStore((_offset, _limit, withTotal) =>
      Promise.resolve<ApiResult<ReferralLogPage>>(
        !withTotal
          ? { ok: true, data: { rows } }
          : countFails
            ? { ok: false, error: unreachable }
            : { ok: true, data: { rows, total: 1 } },
      ),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(store.failure?.code).toBe('unreachable');
    expect(store.rowAt(0)?.id).toBe('0');
    countFails = false;
    store.retry();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.failure).toBeUndefined();
    expect(store.total).toBe(1);
  });

  it('a disposed store (the filters changed) ignores answers that arrive late', async () => {
    const server = fakeServer(10);
    const store = new LogPageStore(server.fetchPage);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.dispose();
    await server.flush();
    expect(store.total).toBeUndefined();
    expect(notified).toBe(0);
  });
});
