// @vitest-environment node
/**
 * Pulls come in small pages whose cursors add up to every change exactly once, and on SQLite they
 * are read on their own read-only connection (a worker thread), not queued behind the server's
 * writes on its one connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_PAGE_SIZE } from '../../lib/contracts/sync';
import type { AuthInfo } from '../../server/http/env';
import { readChanges } from '../../server/repo/changes';
import { insertReferrals } from '../../server/repo/push-referrals';
import { referralToRow } from '../../server/repo/referral-rows';
import { eventually } from './helpers/eventually';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, PEOPLE, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

interface Page {
  ids: string[];
  statuses: string[];
  hasMore: boolean;
  cursor: string;
}

describe.each(DB_TARGETS)('pull pages on $name', (target) => {
  let h: Harness;
  const referrals = Array.from({ length: 2 * PULL_PAGE_SIZE + 50 }, () =>
    makeReferral({ referrerStaffId: 'T002', managerStaffId: 'CM02' }),
  );
  /** Changed again after every referral was created: each shows up a second time, later. */
  const contacted = referrals.slice(0, 30);
  const changeCount = referrals.length + contacted.length;
  const PUSH_BATCH = 100;
  /** The feed's order: push by push, each push's referrals by id (the order they are written). */
  const createdOrder = Array.from({ length: Math.ceil(referrals.length / PUSH_BATCH) }, (_, b) =>
    referrals
      .slice(b * PUSH_BATCH, (b + 1) * PUSH_BATCH)
      .map((r) => r.id)
      .sort(),
  ).flat();

  beforeAll(async () => {
    h = await makeHarness(target);
    for (let i = 0; i < referrals.length; i += PUSH_BATCH) {
      const res = await h.call('POST', '/v1/sync/push', {
        as: 'teller2',
        body: { referrals: referrals.slice(i, i + PUSH_BATCH) },
      });
      expect(res.status, res.text).toBe(200);
    }
    for (const r of contacted) {
      const res = await h.call('PATCH', `/v1/referrals/${r.id}/status`, {
        as: 'manager2',
        body: { status: 'contacted' },
      });
      expect(res.status, res.text).toBe(200);
    }
  });
  afterAll(async () => h.close());

  async function pullAll(limit?: number): Promise<Page[]> {
    const pages: Page[] = [];
    let cursor = '0';
    for (;;) {
      const query = `cursor=${cursor}${limit === undefined ? '' : `&limit=${limit}`}`;
      const res = await h.call('GET', `/v1/sync/pull?${query}`, { as: 'manager2' });
      expect(res.status, res.text).toBe(200);
      const changes = res.json.changes as { id: string; status: string }[];
      const page = {
        ids: changes.map((c) => c.id),
        statuses: changes.map((c) => c.status),
        hasMore: res.json.hasMore as boolean,
        cursor: res.json.cursor as string,
      };
      pages.push(page);
      cursor = page.cursor;
      if (!page.hasMore) return pages;
    }
  }

  it.each([undefined, 500, PULL_PAGE_SIZE])(
    'limit %s: pages of at most the page size; followed, the cursors give every change once, in order',
    async (limit) => {
      // PostgreSQL holds back changes until older transactions in the cluster end: read until all show.
      const pages = await eventually(
        () => pullAll(limit),
        (p) => p.flatMap((page) => page.ids).length >= changeCount,
      );
      expect(pages.map((p) => p.ids.length)).toEqual([
        PULL_PAGE_SIZE,
        PULL_PAGE_SIZE,
        changeCount - 2 * PULL_PAGE_SIZE,
      ]);
      expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
      expect(pages.flatMap((p) => p.ids)).toEqual([...createdOrder, ...contacted.map((r) => r.id)]);
      // Each page brings the referral's current state.
      expect(pages[2]?.statuses.slice(-contacted.length)).toEqual(contacted.map(() => 'contacted'));
      const idle = await h.call('GET', `/v1/sync/pull?cursor=${pages.at(-1)?.cursor}`, {
        as: 'manager2',
      });
      expect(idle.json).toMatchObject({
        changes: [],
        hasMore: false,
        cursor: pages.at(-1)?.cursor,
      });
    },
  );

  it('a smaller limit is kept', async () => {
    const res = await h.call('GET', '/v1/sync/pull?cursor=0&limit=7', { as: 'manager2' });
    expect(res.json).toMatchObject({ hasMore: true });
    expect(res.json.changes).toHaveLength(7);
  });

  it('a pull is answered while a push holds the server’s connection in a transaction, and does not see that push', async () => {
    const db = h.database.db;
    const auth: AuthInfo = { ...PEOPLE.manager2, tokenId: 'test' };
    const inFlight = makeReferral({ referrerStaffId: 'T002', managerStaffId: 'CM02' });
    const order: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let began!: () => void;
    const writing = new Promise<void>((resolve) => (began = resolve));
    // Only so that a pull waiting for this connection (the bug) ends the test instead of hanging it.
    const deadlockBreaker = setTimeout(release, 5_000);

    const push = db.kysely.transaction().execute(async (trx) => {
      await insertReferrals(trx, [referralToRow(inFlight, new Date().toISOString())], 'test');
      began();
      await released;
      order.push('push committed');
    });
    await writing;
    const pulled = readChanges(db, auth, { txId: 0, changeId: 0 }, PULL_PAGE_SIZE).then((page) => {
      order.push('pull answered');
      release();
      return page;
    });
    const [page] = await Promise.all([pulled, push]);
    clearTimeout(deadlockBreaker);

    expect(order).toEqual(['pull answered', 'push committed']);
    expect(page.referrals.map((r) => r.id)).not.toContain(inFlight.id);
    const after = await eventually(
      () => pullAll(),
      (pages) => pages.some((p) => p.ids.includes(inFlight.id)),
    );
    expect(after.flatMap((p) => p.ids)).toContain(inFlight.id);
  });

  if (target.name === 'sqlite')
    it('the read connection refuses to write', async () => {
      await expect(
        h.database.db.reader
          .insertInto('audit_log')
          .values({ at: 'x', actor: 'x', branch_id: 'x', action: 'x', details_json: '{}' })
          .execute(),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_READONLY/) as unknown });
    });
});
