import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieOutboxStore, listAudit, type SidekickDB } from '@/lib/db';
import { saveHandoff, UNDO_WINDOW_MS } from '@/lib/handoffs';
import { drainOutbox, type FetchLike } from '@/lib/sync';
import { idSequence, makeHandoff, openTestDb, T0 } from '../../fixtures/db/factory';

const dbs: SidekickDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function setup() {
  const db = openTestDb();
  dbs.push(db);
  const clock = {
    t: T0.getTime(),
    now() {
      return this.t;
    },
  };
  return { db, clock, store: new DexieOutboxStore(db, clock) };
}

const cardHanded = {
  handoff: 'card_handed',
  managerStaffId: 'CM01',
  consent: false,
  followUp: { channel: 'phone' },
} as const;

describe('DexieOutboxStore', () => {
  it('holds a new handoff back for the undo window, then gives it out referral first, events in order', async () => {
    const { db, clock, store } = setup();
    const h = makeHandoff(cardHanded);
    await saveHandoff(db, h);

    expect(await store.pending(10)).toEqual([]);
    expect(await store.count()).toBe(1 + h.events.length);
    expect(await store.nextDueAt()).toBe(T0.getTime() + UNDO_WINDOW_MS);

    clock.t += UNDO_WINDOW_MS;
    const entries = await store.pending(10);
    expect(entries.map((e) => e.kind)).toEqual(['referral', 'event', 'event']);
    expect(entries[0]?.payload).toEqual(h.referral);
    expect(entries.slice(1).map((e) => e.payload)).toEqual(h.events);
    // From now on it may be on the server: the rows say so.
    expect((await db.outbox.toArray()).every((row) => row.handedOutAt === clock.t)).toBe(true);
  });

  it('keeps insertion order across handoffs and respects the limit', async () => {
    const { db, clock, store } = setup();
    const ids = idSequence(7);
    const first = makeHandoff(undefined, { newId: ids });
    const second = makeHandoff(undefined, { newId: ids, now: new Date(T0.getTime() + 1000) });
    await saveHandoff(db, second);
    await saveHandoff(db, first);
    clock.t += 60_000;
    expect((await store.pending(3)).map((e) => e.id)).toEqual([
      second.referral.id,
      second.events[0]?.id,
      first.referral.id,
    ]);
  });

  it('acknowledge removes the rows and stamps the referral sentAt; the count drops to 0', async () => {
    const { db, clock, store } = setup();
    const h = makeHandoff();
    await saveHandoff(db, h);
    clock.t += UNDO_WINDOW_MS;
    const entries = await store.pending(10);
    await store.acknowledge(entries.map((e) => e.id));
    expect(await store.count()).toBe(0);
    expect((await db.referrals.get(h.referral.id))?.sentAt).toBe(new Date(clock.t).toISOString());
  });

  it('park keeps a refused row with its reason, stops sending it, and audits it', async () => {
    const { db, clock, store } = setup();
    const h = makeHandoff();
    await saveHandoff(db, h);
    clock.t += UNDO_WINDOW_MS;
    await store.park([
      { id: h.referral.id, error: 'conflict: a different referral with this id', status: 409 },
    ]);
    expect((await store.pending(10)).map((e) => e.id)).toEqual([h.events[0]?.id]);
    const parked = await store.parkedItems();
    expect(parked.map((p) => [p.id, p.parked?.status])).toEqual([[h.referral.id, 409]]);
    expect((await listAudit(db)).map((a) => a.action)).toContain('outbox.parked');
  });

  it('persists the drainer state', async () => {
    const { store } = setup();
    expect(await store.loadState()).toEqual({ failures: 0 });
    await store.saveState({
      failures: 2,
      nextAttemptAt: 123,
      lastError: 'server not reachable',
      lastErrorCode: 'unreachable',
    });
    expect(await store.loadState()).toEqual({
      failures: 2,
      nextAttemptAt: 123,
      lastError: 'server not reachable',
      lastErrorCode: 'unreachable',
    });
  });

  it('works with the real drainer: a pushed batch is the exact referral and events, then the outbox is empty', async () => {
    const { db, clock, store } = setup();
    const h = makeHandoff(cardHanded);
    await saveHandoff(db, h);
    clock.t += UNDO_WINDOW_MS;
    const bodies: unknown[] = [];
    const fetch: FetchLike = (_url, init) => {
      const body = JSON.parse(init.body ?? '{}') as {
        referrals: { id: string }[];
        events: { id: string }[];
      };
      bodies.push(body);
      const results = [
        ...body.referrals.map((r) => ({ id: r.id, kind: 'referral' })),
        ...body.events.map((e) => ({ id: e.id, kind: 'event' })),
      ];
      return Promise.resolve(
        new Response(
          JSON.stringify({ results: results.map((r) => ({ ...r, result: 'created' })) }),
          { status: 200 },
        ),
      );
    };
    const result = await drainOutbox({
      fetch,
      store,
      baseUrl: 'http://sync.test',
      token: 't',
      clock,
      random: () => 0.5,
    });
    expect(result).toMatchObject({ status: 'idle', sent: 3 });
    expect(bodies).toEqual([{ referrals: [h.referral], events: h.events }]);
    expect(await store.count()).toBe(0);
    expect((await db.referrals.get(h.referral.id))?.sentAt).toBeDefined();
  });
});
