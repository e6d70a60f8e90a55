// @vitest-environment node
/** The outbox drainer (lib/sync): retries, backoff, parking refused items — against fakes and the real app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay } from '../../lib/sync/backoff';
import { drainOutbox, type DrainOptions } from '../../lib/sync/drain-outbox';
import { MemoryOutboxStore } from '../../lib/sync/memory-outbox';
import type { OutboxEntry } from '../../lib/sync/outbox';
import type { FetchLike } from '../../lib/sync/http-client';
import { pullChanges } from '../../lib/sync/pull';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const BACKOFF = { baseMs: 1000, maxMs: 60_000 };

function entriesFor(count: number, staffId = 'T001'): OutboxEntry[] {
  return Array.from({ length: count }, (): OutboxEntry[] => {
    const referral = makeReferral({ referrerStaffId: staffId });
    const event = makeEvent(referral, 1);
    return [
      { id: referral.id, kind: 'referral', payload: referral },
      { id: event.id, kind: 'event', payload: event },
    ];
  }).flat();
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

function scriptedFetch(
  replies: Reply[] | ((body: { referrals: { id: string }[]; events: { id: string }[] }) => Reply),
) {
  const calls: { referrals: { id: string }[]; events: { id: string }[] }[] = [];
  const fetch: FetchLike = (_url, init) => {
    const body = JSON.parse(init.body ?? '{}') as {
      referrals: { id: string }[];
      events: { id: string }[];
    };
    calls.push(body);
    const reply =
      typeof replies === 'function'
        ? replies(body)
        : (replies.shift() ?? { status: 200, body: { results: [] } });
    if (reply === 'network-error') return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve(
      new Response(JSON.stringify(reply.body ?? {}), {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      }),
    );
  };
  return { fetch, calls };
}

const okFor = (body: { referrals: { id: string }[]; events: { id: string }[] }): Reply => ({
  status: 200,
  body: {
    results: [
      ...body.referrals.map((r) => ({ id: r.id, kind: 'referral', result: 'created' })),
      ...body.events.map((e) => ({ id: e.id, kind: 'event', result: 'created' })),
    ],
  },
});

function options(
  store: MemoryOutboxStore,
  fetch: FetchLike,
  now: { t: number },
  extra: Partial<DrainOptions> = {},
): DrainOptions {
  return {
    fetch,
    store,
    baseUrl: 'http://sync.test',
    token: 'sk_test_token_0000000000',
    clock: { now: () => now.t },
    random: () => 0.5,
    backoff: BACKOFF,
    ...extra,
  };
}

describe('backoffDelay', () => {
  it.each([
    [1, 500, 1000],
    [2, 1000, 2000],
    [3, 2000, 4000],
    [10, 30_000, 60_000],
    [100, 30_000, 60_000],
  ])('after %i failures waits between %i and %i ms', (failures, min, max) => {
    expect(backoffDelay(failures, () => 0, BACKOFF)).toBe(min);
    expect(backoffDelay(failures, () => 0.999999, BACKOFF)).toBeLessThanOrEqual(max);
    expect(backoffDelay(failures, () => 0.999999, BACKOFF)).toBeGreaterThan(max * 0.99);
  });
});

describe('drainOutbox against scripted answers', () => {
  it('does nothing on an empty outbox', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const result = await drainOutbox(options(new MemoryOutboxStore(), fetch, { t: 0 }));
    expect(result).toEqual({ status: 'idle', sent: 0, parked: 0 });
    expect(calls).toHaveLength(0);
  });

  it('sends in outbox order, in batches, and empties the outbox', async () => {
    const store = new MemoryOutboxStore();
    const entries = entriesFor(60);
    store.enqueue(...entries);
    const { fetch, calls } = scriptedFetch(okFor);
    const result = await drainOutbox(options(store, fetch, { t: 5 }, { batchSize: 50 }));
    expect(result).toEqual({ status: 'idle', sent: 120, parked: 0 });
    expect(calls).toHaveLength(3);
    expect(calls.flatMap((c) => [...c.referrals, ...c.events].map((i) => i.id)).sort()).toEqual(
      entries.map((e) => e.id).sort(),
    );
    expect(store.size).toBe(0);
    expect((await store.loadState()).lastSuccessAt).toBe(5);
  });

  it('backs off exponentially on network errors and 5xx, keeps every item, and waits out the backoff', async () => {
    const store = new MemoryOutboxStore();
    store.enqueue(...entriesFor(3));
    const now = { t: 1_000_000 };
    const { fetch, calls } = scriptedFetch([
      'network-error',
      { status: 503, body: { error: 'unavailable' } },
      'network-error',
    ]);
    const first = await drainOutbox(options(store, fetch, now));
    expect(first).toMatchObject({ status: 'retry', code: 'unreachable', retryAt: now.t + 750 });
    expect(await drainOutbox(options(store, fetch, now))).toMatchObject({ status: 'waiting' });
    expect(calls).toHaveLength(1);
    now.t += 750;
    expect(await drainOutbox(options(store, fetch, now))).toMatchObject({
      status: 'retry',
      code: 'server_error',
      retryAt: now.t + 1500,
    });
    now.t += 1500;
    expect(await drainOutbox(options(store, fetch, now))).toMatchObject({
      status: 'retry',
      retryAt: now.t + 3000,
    });
    expect(store.size).toBe(6);
    expect((await store.loadState()).failures).toBe(3);
    const recovered = await drainOutbox(
      options(store, scriptedFetch(okFor).fetch, now, { force: true }),
    );
    expect(recovered).toMatchObject({ status: 'idle', sent: 6 });
    expect((await store.loadState()).failures).toBe(0);
  });

  it('honours Retry-After on 429', async () => {
    const store = new MemoryOutboxStore();
    store.enqueue(...entriesFor(1));
    const { fetch } = scriptedFetch([
      { status: 429, body: { error: 'rate_limited' }, headers: { 'retry-after': '30' } },
    ]);
    expect(await drainOutbox(options(store, fetch, { t: 0 }))).toMatchObject({
      status: 'retry',
      code: 'rate_limited',
      retryAt: 30_000,
    });
  });

  it('parks the items a 4xx names, keeps them, and sends the rest', async () => {
    const store = new MemoryOutboxStore();
    const entries = entriesFor(3);
    store.enqueue(...entries);
    const bad = entries[2]!;
    const { fetch } = scriptedFetch((body) =>
      [...body.referrals, ...body.events].some((i) => i.id === bad.id)
        ? {
            status: 409,
            body: {
              error: 'conflict',
              details: {
                items: [
                  {
                    kind: 'referral',
                    id: bad.id,
                    error: 'a different referral with this id is already stored',
                  },
                ],
              },
            },
          }
        : okFor(body),
    );
    const result = await drainOutbox(options(store, fetch, { t: 0 }));
    expect(result).toEqual({ status: 'idle', sent: 5, parked: 1 });
    expect(store.parked.get(bad.id)?.reason).toMatchObject({
      status: 409,
      error: expect.stringContaining('different referral') as unknown,
    });
    expect(store.parked.get(bad.id)?.entry).toEqual(bad);
  });

  it('finds an unnamed bad item by halving the batch, parks only it', async () => {
    const store = new MemoryOutboxStore();
    const entries = entriesFor(8);
    store.enqueue(...entries);
    const bad = entries[11]!;
    const { fetch } = scriptedFetch((body) =>
      [...body.referrals, ...body.events].some((i) => i.id === bad.id)
        ? { status: 413, body: { error: 'body_too_large' } }
        : okFor(body),
    );
    const result = await drainOutbox(options(store, fetch, { t: 0 }));
    expect(result).toEqual({ status: 'idle', sent: 15, parked: 1 });
    expect([...store.parked.keys()]).toEqual([bad.id]);
  });

  it('stops on 401 without parking anything: the token is wrong, not the items', async () => {
    const store = new MemoryOutboxStore();
    store.enqueue(...entriesFor(2));
    const { fetch } = scriptedFetch([{ status: 401, body: { error: 'token_revoked' } }]);
    const result = await drainOutbox(options(store, fetch, { t: 0 }));
    expect(result).toMatchObject({
      status: 'unauthorized',
      error: expect.stringContaining('token_revoked') as unknown,
    });
    expect(store.size).toBe(4);
    expect(store.parked.size).toBe(0);
  });

  it('treats a 200 with a garbled body as a failure to retry, not as delivered', async () => {
    const store = new MemoryOutboxStore();
    store.enqueue(...entriesFor(1));
    const { fetch } = scriptedFetch([{ status: 200, body: '<html>proxy login</html>' }]);
    expect(await drainOutbox(options(store, fetch, { t: 0 }))).toMatchObject({
      status: 'retry',
      code: 'bad_response',
    });
    expect(store.size).toBe(2);
  });
});

describe.each(DB_TARGETS)('drainOutbox and pullChanges against the app on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  const appFetch =
    (dropResponses: { n: number }): FetchLike =>
    async (url, init) => {
      const response = await h.app.request(url, init);
      if (dropResponses.n > 0) {
        dropResponses.n--;
        throw new TypeError('connection reset after the server committed');
      }
      return response;
    };

  it('a response lost after commit is retried and counted once; the outcome comes back by pull', async () => {
    const store = new MemoryOutboxStore();
    const entries = entriesFor(5);
    store.enqueue(...entries);
    const now = { t: 0 };
    const drop = { n: 1 };
    const opts = options(store, appFetch(drop), now, { token: h.tokens.teller });
    expect(await drainOutbox(opts)).toMatchObject({ status: 'retry', code: 'unreachable' });
    expect(await drainOutbox({ ...opts, force: true })).toEqual({
      status: 'idle',
      sent: 10,
      parked: 0,
    });
    const stored = await h.database.db.kysely.selectFrom('referrals').select('id').execute();
    expect(stored).toHaveLength(5);

    const referralId = entries[0]!.id;
    await h.call('PATCH', `/v1/referrals/${referralId}/status`, {
      as: 'manager',
      body: { status: 'lost', outcome: { reason: '不需要' } },
    });
    const seen = new Map<string, string>();
    const pulled = await pullChanges({
      fetch: appFetch({ n: 0 }),
      baseUrl: 'http://sync.test',
      token: h.tokens.teller,
      cursor: '0',
      apply: (page) => Promise.resolve(void page.changes.forEach((r) => seen.set(r.id, r.status))),
    });
    expect(pulled).toMatchObject({ ok: true, received: 5 });
    expect(seen.get(referralId)).toBe('lost');
  });
});
