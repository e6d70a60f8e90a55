// @vitest-environment node
/** The changes feed: cursors advance, pages add up, nothing is skipped when commits interleave. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendChanges } from '../../server/repo/changes';
import { referralToRow } from '../../server/repo/referral-rows';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness, type Person } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';
import { eventually } from './helpers/eventually';

describe.each(DB_TARGETS)('pull cursor on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  async function pullAll(
    as: Person,
    cursor = '0',
    limit = 500,
  ): Promise<{ ids: string[]; cursor: string; pages: number }> {
    const ids: string[] = [];
    let pages = 0;
    for (;;) {
      const res = await h.call('GET', `/v1/sync/pull?cursor=${cursor}&limit=${limit}`, { as });
      expect(res.status, res.text).toBe(200);
      pages++;
      ids.push(...(res.json.changes as { id: string }[]).map((r) => r.id));
      cursor = res.json.cursor as string;
      if (!res.json.hasMore) return { ids, cursor, pages };
    }
  }

  it('starts from "0", returns what is new, then nothing until something changes', async () => {
    const first = makeReferral({ referrerStaffId: 'T002' });
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller2', body: { referrals: [first] } }))
        .status,
    ).toBe(200);
    const initial = await eventually(
      () => pullAll('teller2'),
      (r) => r.ids.includes(first.id),
    );
    const emptyCursor = await h.call('GET', '/v1/sync/pull?cursor=', { as: 'teller2' });
    expect((emptyCursor.json.changes as { id: string }[]).map((r) => r.id)).toEqual([first.id]);
    expect(initial.ids).toEqual([first.id]);
    const idle = await pullAll('teller2', initial.cursor);
    expect(idle).toMatchObject({ ids: [], cursor: initial.cursor });

    expect(
      (
        await h.call('PATCH', `/v1/referrals/${first.id}/status`, {
          as: 'manager',
          body: { status: 'contacted' },
        })
      ).status,
    ).toBe(200);
    const after = await eventually(
      () => h.call('GET', `/v1/sync/pull?cursor=${initial.cursor}`, { as: 'teller2' }),
      (res) => (res.json.changes as unknown[]).length > 0,
    );
    expect(after.json.changes).toEqual([
      expect.objectContaining({ id: first.id, status: 'contacted' }) as unknown,
    ]);
  });

  it('a cursor from beyond the feed (a restored backup, another server) starts over instead of missing changes', async () => {
    const everything = await pullAll('supervisor');
    const fromTheFuture = await pullAll('supervisor', '1.999999');
    expect(fromTheFuture.ids.length).toBeGreaterThan(0);
    expect(fromTheFuture).toEqual(everything);
  });

  it('small pages add up to everything, each referral once per change, in order', async () => {
    const batch = Array.from({ length: 7 }, () =>
      makeReferral({ referrerStaffId: 'T002', managerStaffId: 'CM02' }),
    );
    const before = await pullAll('manager2');
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller2', body: { referrals: batch } })).status,
    ).toBe(200);
    const paged = await eventually(
      () => pullAll('manager2', before.cursor, 2),
      (r) => r.ids.length >= batch.length,
    );
    expect(paged.ids).toEqual(batch.map((r) => r.id).sort());
    expect(paged.pages).toBe(4);
  });

  it('only the people concerned hear about a change', async () => {
    const referral = makeReferral({
      referrerStaffId: 'L001',
      referrerRole: 'lobby_manager',
      secondCreditStaffId: 'T001',
    });
    const cursors = Object.fromEntries(
      await Promise.all(
        (
          [
            'teller',
            'teller2',
            'lobby',
            'manager',
            'manager2',
            'supervisor',
            'otherSupervisor',
            'otherManager',
          ] as Person[]
        ).map(async (p) => [p, (await pullAll(p)).cursor] as const),
      ),
    );
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'lobby', body: { referrals: [referral] } }))
        .status,
    ).toBe(200);
    const heard = async (p: Person) => (await pullAll(p, cursors[p])).ids.includes(referral.id);
    expect(await eventually(() => heard('lobby'), Boolean)).toBe(true);
    expect(await heard('teller')).toBe(true); // second credit
    expect(await heard('manager')).toBe(true);
    expect(await heard('supervisor')).toBe(true);
    expect(await heard('teller2')).toBe(false);
    expect(await heard('manager2')).toBe(false);
    expect(await heard('otherSupervisor')).toBe(false);
    expect(await heard('otherManager')).toBe(false);
  });

  // SQLite has one writer at a time, committing in id order; the race exists only on PostgreSQL.
  if (target.name === 'postgres')
    it('a change committed late with a smaller id is not skipped (concurrent writers)', async () => {
      const db = h.database.db.kysely;
      const start = await pullAll('supervisor');
      const slow = makeReferral({ summary: 'slow writer' });
      const fast = makeReferral({ summary: 'fast writer' });
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const slowInserted = new Promise<void>((resolve) => (inserted = resolve));

      const slowTx = db.transaction().execute(async (trx) => {
        const row = referralToRow(slow, new Date().toISOString());
        await trx.insertInto('referrals').values(row).execute();
        await appendChanges(
          trx,
          [{ ...row, second_credit_staff_id: null }],
          'created',
          row.received_at,
        );
        inserted();
        await released; // still open: its change row has the smaller id but is not committed
      });
      await slowInserted;
      expect(
        (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [fast] } }))
          .status,
      ).toBe(200);

      const during = await pullAll('supervisor', start.cursor);
      expect(during.ids).not.toContain(slow.id);
      // The fast change waits behind the open transaction rather than moving the cursor past it.
      expect(during.ids).not.toContain(fast.id);
      expect(during.cursor).toBe(start.cursor);

      release();
      await slowTx;
      const after = await eventually(
        () => pullAll('supervisor', during.cursor),
        (r) => r.ids.length >= 2,
      );
      expect(after.ids).toEqual([slow.id, fast.id]);
    });
});
