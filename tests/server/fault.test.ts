// @vitest-environment node
/**
 * The fault test: 1,000 referrals from five simulated counters while the server process is
 * SIGKILLed mid-batch and restarted, responses are lost after the server committed, and the
 * network flaps — seeded (FAULT_SEED) so a failure can be replayed. Afterwards the server holds
 * exactly those 1,000 referrals, each once, with every event once and in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRoster } from '../../server/repo/roster';
import { createToken } from '../../server/repo/tokens';
import { ROSTER } from '../../support/server/fixtures';
import { FaultyNetwork, KillableServer, planFaults, runDevice } from './helpers/fault-world';
import { freePort } from '../../support/server/server-process';
import { DB_TARGETS, type TestDatabase } from './helpers/targets';

const SEED = Number(process.env.FAULT_SEED ?? 20261129);
const DEVICES = 5;
const PER_DEVICE = 200;

describe.each(DB_TARGETS)(`fault test on $name (seed ${SEED})`, (target) => {
  let database: TestDatabase;
  let server: KillableServer;
  const tokens: string[] = [];
  let supervisorToken = '';

  beforeAll(async () => {
    database = await target.open();
    await replaceRoster(database.db, ROSTER, [], new Date(), 'test');
    for (let d = 0; d < DEVICES; d++) {
      tokens.push(
        (
          await createToken(
            database.db,
            { role: 'teller', branchId: '0101', staffId: `T20${d}` },
            new Date(),
          )
        ).token,
      );
    }
    supervisorToken = (
      await createToken(
        database.db,
        { role: 'supervisor', branchId: '0101', staffId: 'S001' },
        new Date(),
      )
    ).token;
    server = new KillableServer(database.env, await freePort());
    await server.start();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.cleanup();
  });

  it(`${DEVICES * PER_DEVICE} referrals survive kills, lost responses and flaps: each stored once, events in order`, async () => {
    const plan = planFaults(SEED);
    const network = new FaultyNetwork(plan, server);
    const deadline = Date.now() + 75_000;
    const results = await Promise.all(
      tokens.map((token, device) =>
        runDevice({
          device,
          staffId: `T20${device}`,
          token,
          total: PER_DEVICE,
          seed: SEED,
          fetch: network.fetchFor(device),
          baseUrl: server.url,
          deadline,
        }),
      ),
    );
    await server.settle();
    const context = `seed ${SEED}: ${server.kills} kills, ${network.dropped} responses dropped, ${network.refused} refused, ${network.flaps} flaps`;

    console.log(`[fault ${target.name}] ${context}`);
    // The faults really happened.
    expect(server.kills, context).toBe(3);
    expect(network.dropped, context).toBeGreaterThan(0);
    expect(network.flaps, context).toBe(2);
    expect(
      results.map((r) => r.parked),
      context,
    ).toEqual(results.map(() => 0));

    const db = database.db.kysely;
    const sent = results.flatMap((r) => r.referrals);
    const stored = await db.selectFrom('referrals').select('id').execute();
    expect(stored.length, context).toBe(DEVICES * PER_DEVICE);
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(sent.map((r) => r.id)));

    const sentEvents = results.flatMap((r) => r.events);
    const storedEvents = await db
      .selectFrom('events')
      .select(['id', 'referral_id', 'seq'])
      .where('origin', '=', 'device')
      .orderBy('ingest_id')
      .execute();
    expect(storedEvents.length, context).toBe(sentEvents.length);
    const expectedOrder = new Map<string, string[]>();
    for (const e of sentEvents)
      expectedOrder.set(e.referralId, [...(expectedOrder.get(e.referralId) ?? []), e.id]);
    const storedOrder = new Map<string, string[]>();
    for (const e of storedEvents)
      storedOrder.set(e.referral_id, [...(storedOrder.get(e.referral_id) ?? []), e.id]);
    expect(storedOrder, context).toEqual(expectedOrder);
    const seqOf = new Map(sentEvents.map((e) => [e.id, e.seq]));
    expect(storedEvents.filter((e) => seqOf.get(e.id) !== e.seq)).toEqual([]);

    const created = await db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('kind', '=', 'created')
      .executeTakeFirstOrThrow();
    expect(Number(created.n), context).toBe(DEVICES * PER_DEVICE);

    // And the supervisor's feed after recovery lists each exactly once.
    const pulled: string[] = [];
    let cursor = '0';
    for (let page = 0; page < 10; page++) {
      const res = await fetch(`${server.url}/v1/sync/pull?cursor=${cursor}&limit=500`, {
        headers: { authorization: `Bearer ${supervisorToken}` },
      });
      const body = (await res.json()) as {
        changes: { id: string }[];
        cursor: string;
        hasMore: boolean;
      };
      pulled.push(...body.changes.map((c) => c.id));
      cursor = body.cursor;
      if (!body.hasMore) break;
    }
    expect(pulled.length).toBe(DEVICES * PER_DEVICE);
    expect(new Set(pulled).size).toBe(DEVICES * PER_DEVICE);
  }, 90_000);
});
