/**
 * The service worker's sync service over a real (fake-indexeddb) outbox and a scripted server:
 * when it asks to be woken (the alarms), the backoff with its jitter bounds, the reset after a
 * success, and one run at a time. Clock, random and the wake-up scheduler are injected.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncService, type SyncDeps } from '../../../lib/background/sync-service';
import type { SidekickDB } from '../../../lib/db';
import { saveHandoff, UNDO_WINDOW_MS } from '../../../lib/handoffs';
import type { SyncStatus } from '../../../lib/settings/sync-config';
import type { FetchLike } from '../../../lib/sync';
import { idSequence, makeHandoff, openTestDb, T0 } from '../../fixtures/db/factory';

const CONFIG = { url: 'http://sync.test/', token: 'sk_test_token_0000000000' };
/** lib/sync DEFAULT_BACKOFF: 2 s, doubling, capped at 5 min. */
const BASE_MS = 2_000;
const MAX_MS = 5 * 60_000;
const cap = (failures: number) => Math.min(MAX_MS, BASE_MS * 2 ** (failures - 1));

type Reply = 'down' | { status: number; body?: unknown; headers?: Record<string, string> };

/** The branch server as the service sees it: push, pull and roster, each scripted. */
function fakeServer() {
  const calls: string[] = [];
  let push: Reply = { status: 200 };
  const fetch: FetchLike = (input, init) => {
    const path = new URL(input).pathname;
    calls.push(path);
    if (push === 'down') return Promise.reject(new TypeError('fetch failed'));
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json', ...headers },
        }),
      );
    if (path === '/v1/sync/push') {
      if (push.status !== 200) return json(push.status, push.body ?? {}, push.headers);
      const body = JSON.parse(init.body ?? '{}') as {
        referrals?: { id: string }[];
        events?: { id: string }[];
      };
      return json(200, {
        results: [
          ...(body.referrals ?? []).map((r) => ({ id: r.id, kind: 'referral', result: 'created' })),
          ...(body.events ?? []).map((e) => ({ id: e.id, kind: 'event', result: 'created' })),
        ],
      });
    }
    if (path === '/v1/sync/pull') return json(200, { changes: [], cursor: '0', hasMore: false });
    if (path === '/v1/roster') return json(200, { managers: [] });
    return json(404, { error: 'not_found' });
  };
  return {
    fetch,
    calls,
    pushes: () => calls.filter((p) => p === '/v1/sync/push').length,
    pulls: () => calls.filter((p) => p === '/v1/sync/pull').length,
    set push(reply: Reply) {
      push = reply;
    },
  };
}

const dbs: SidekickDB[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let ids: () => string;
beforeEach(() => {
  ids = idSequence(42);
});

function setUp(options: { configured?: boolean } = {}) {
  const db = openTestDb();
  dbs.push(db);
  const server = fakeServer();
  // The roster call goes through the global fetch; the same fake answers it.
  vi.stubGlobal('fetch', server.fetch);
  const clock = { t: T0.getTime() };
  let random = 0;
  const wakes: number[] = [];
  const statuses: SyncStatus[] = [];
  const deps: SyncDeps = {
    db,
    fetch: server.fetch,
    now: () => clock.t,
    random: () => random,
    config: () => Promise.resolve(options.configured === false ? null : CONFIG),
    myStaffId: () => Promise.resolve('T001'),
    saveStatus: (s) => Promise.resolve(void statuses.push(s)),
    addNotices: () => Promise.resolve(),
    saveRoster: () => Promise.resolve(),
    wakeAt: (at) => void wakes.push(at),
  };
  const service = createSyncService(deps);
  /** A handoff made now (due after its undo window). */
  const handoff = async (): Promise<number> => {
    const h = makeHandoff(undefined, { now: new Date(clock.t), newId: ids });
    await saveHandoff(db, h);
    return 1 + h.events.length; // outbox rows: the referral and its events
  };
  return {
    db,
    server,
    clock,
    wakes,
    statuses,
    service,
    handoff,
    setRandom: (r: number) => (random = r),
    lastStatus: () => statuses.at(-1),
    /** How long after now the last wake-up was asked for. */
    lastDelay: () => (wakes.at(-1) ?? Number.NaN) - clock.t,
  };
}

describe('sync service', () => {
  it('not configured: records that, calls nobody and schedules nothing', async () => {
    const { service, server, wakes, lastStatus } = setUp({ configured: false });
    await service.syncNow();
    expect(server.calls).toEqual([]);
    expect(wakes).toEqual([]);
    expect(lastStatus()).toMatchObject({ configured: false, pending: 0, parked: 0 });
  });

  it('a new handoff waits out its undo window: nothing is pushed, a wake-up is set for its end', async () => {
    const { service, server, wakes, handoff, lastStatus } = setUp();
    const rows = await handoff();
    await service.syncNow();
    expect(server.pushes()).toBe(0);
    expect(wakes).toEqual([T0.getTime() + UNDO_WINDOW_MS]);
    expect(lastStatus()).toMatchObject({ configured: true, pending: rows });
    expect(lastStatus()?.lastError).toBeUndefined();
  });

  it('offline: each failure asks to be woken after base·2^(n−1), capped, jittered into [½, 1] of it', async () => {
    for (const [random, share] of [
      [0, 0.5],
      [0.5, 0.75],
      [1 - 1e-9, 1],
    ] as const) {
      const { service, server, clock, handoff, setRandom, lastDelay, lastStatus } = setUp();
      const rows = await handoff();
      clock.t += UNDO_WINDOW_MS;
      server.push = 'down';
      setRandom(random);
      const delays: number[] = [];
      for (let failures = 1; failures <= 10; failures++) {
        await service.syncNow();
        delays.push(lastDelay());
        clock.t += lastDelay(); // wake up exactly when asked
      }
      expect(delays, `random ${random}`).toEqual(
        Array.from({ length: 10 }, (_, i) => Math.round(cap(i + 1) * share)),
      );
      expect(delays.at(-1)).toBe(Math.round(MAX_MS * share));
      expect(server.pushes()).toBe(10);
      expect(lastStatus()).toMatchObject({ pending: rows, lastError: 'server not reachable' });
    }
  });

  it('during a backoff, a plain run waits (same wake-up, no push); a forced run pushes at once', async () => {
    const { service, server, clock, wakes, handoff } = setUp();
    await handoff();
    clock.t += UNDO_WINDOW_MS;
    server.push = 'down';
    await service.syncNow();
    const retryAt = wakes.at(-1) ?? 0;
    expect(retryAt - clock.t).toBe(BASE_MS / 2);

    clock.t += 500;
    await service.syncNow();
    expect(server.pushes()).toBe(1);
    expect(wakes.at(-1)).toBe(retryAt);

    server.push = { status: 200 };
    await service.syncNow(true);
    expect(server.pushes()).toBe(2);
  });

  it('a success resets the backoff: the next failure starts again from the base delay', async () => {
    const { service, server, clock, handoff, setRandom, lastDelay, lastStatus } = setUp();
    setRandom(0);
    await handoff();
    clock.t += UNDO_WINDOW_MS;
    server.push = 'down';
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await service.syncNow();
      delays.push(lastDelay());
      clock.t += lastDelay();
    }
    expect(delays).toEqual([1, 2, 3, 4].map((n) => cap(n) / 2));

    server.push = { status: 200 };
    await service.syncNow();
    expect(lastStatus()).toMatchObject({ pending: 0, lastSuccessAt: clock.t });
    expect(lastStatus()?.lastError).toBeUndefined();

    await handoff();
    clock.t += UNDO_WINDOW_MS;
    server.push = 'down';
    await service.syncNow();
    expect(lastDelay()).toBe(BASE_MS / 2);
  });

  it('a Retry-After longer than the backoff is honoured', async () => {
    const { service, server, clock, handoff, lastDelay, lastStatus } = setUp();
    await handoff();
    clock.t += UNDO_WINDOW_MS;
    server.push = {
      status: 429,
      body: { error: 'rate_limited' },
      headers: { 'retry-after': '30' },
    };
    await service.syncNow();
    expect(lastDelay()).toBe(30_000);
    expect(lastStatus()?.lastError).toBe('too many requests');
  });

  it('a refused token stops the run: no pull, no wake-up, and the status says why', async () => {
    const { service, server, clock, wakes, handoff, lastStatus } = setUp();
    await handoff();
    clock.t += UNDO_WINDOW_MS;
    server.push = { status: 401, body: { error: 'token_revoked' } };
    await service.syncNow();
    expect(server.pulls()).toBe(0);
    expect(wakes).toEqual([]);
    // The code gives the panel its sentence; the server's own words stay as the detail.
    expect(lastStatus()).toMatchObject({
      lastErrorCode: 'invalid_token',
      lastError: 'token not accepted (token_revoked)',
    });
  });

  it('one run at a time: a run asked for during one happens once, right after it', async () => {
    const { service, server } = setUp();
    const first = service.syncNow();
    const second = service.syncNow();
    const third = service.syncNow();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await first;
    await vi.waitFor(() => expect(server.pulls()).toBe(2));
    await new Promise((done) => setTimeout(done, 50));
    expect(server.pulls()).toBe(2);
  });
});
