// @vitest-environment node
/** Every endpoint's normal use, on SQLite and on PostgreSQL. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverReferralSchema } from '../../lib/contracts/server-referral';
import { makeEvent, makeReferral, ROSTER } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';
import { eventually } from './helpers/eventually';

describe.each(DB_TARGETS)('sync server API on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  it('GET /healthz answers without a token and names the database', async () => {
    const res = await h.call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      ok: true,
      database: target.name,
      version: expect.any(String) as unknown,
    });
  });

  if (target.name === 'sqlite') {
    it('keeps the SQLite database in WAL mode', async () => {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(
        h.database.db.kysely,
      );
      expect(mode.rows[0]?.journal_mode).toBe('wal');
    });
  }

  it('GET /openapi.json describes every endpoint with schemas whose $refs resolve', async () => {
    const res = await h.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    const paths = res.json.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/v1/me',
        '/v1/sync/push',
        '/v1/sync/pull',
        '/v1/referrals',
        '/v1/referrals/{id}/status',
        '/v1/roster',
        '/v1/roster/{staffId}/availability',
      ]),
    );
    const schemas = (res.json.components as { schemas: Record<string, Record<string, unknown>> })
      .schemas;
    const refs = [...res.text.matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(schemas[name], name).toBeDefined();
    const referral = schemas.Referral as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(referral.additionalProperties).toBe(false);
    expect(Object.keys(referral.properties)).toEqual(
      expect.arrayContaining(['clientRef', 'summary', 'consent', 'contact', 'status']),
    );
  });

  it('GET /v1/me says who the token belongs to', async () => {
    const res = await h.call('GET', '/v1/me', { as: 'manager' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ role: 'client_manager', branchId: '0101', staffId: 'CM01' });
  });

  it('push stores referrals and events once; a retry is accepted and changes nothing', async () => {
    const referral = makeReferral();
    const events = [
      makeEvent(referral, 1),
      makeEvent(referral, 2, { type: 'note', data: { text: '客户下午有空' } }),
    ];
    const body = { referrals: [referral], events };
    const first = await h.call('POST', '/v1/sync/push', { as: 'teller', body });
    expect(first.status).toBe(200);
    expect(first.json.results).toEqual([
      { id: referral.id, kind: 'referral', result: 'created' },
      { id: events[0]!.id, kind: 'event', result: 'created' },
      { id: events[1]!.id, kind: 'event', result: 'created' },
    ]);
    const again = await h.call('POST', '/v1/sync/push', { as: 'teller', body });
    expect(again.status).toBe(200);
    expect((again.json.results as { result: string }[]).map((r) => r.result)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const count = await h.database.db.kysely
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('id', '=', referral.id)
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(1);
  });

  it('push rejects the same id with different content (409 naming the id) and writes nothing of the batch', async () => {
    const referral = makeReferral();
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [referral] } }))
        .status,
    ).toBe(200);
    const fresh = makeReferral();
    const changed = { ...referral, summary: '改过的摘要 changed summary' };
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [fresh, changed] },
    });
    expect(res.status).toBe(409);
    expect(res.json.error).toBe('conflict');
    expect(res.json.details).toEqual({
      items: [
        {
          kind: 'referral',
          id: referral.id,
          error: expect.stringContaining('different') as unknown,
        },
      ],
    });
    const stored = await h.database.db.kysely
      .selectFrom('referrals')
      .select('id')
      .where('id', '=', fresh.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('push rejects an event reusing an event id or a seq with other content (409)', async () => {
    const referral = makeReferral();
    const created = makeEvent(referral, 1);
    expect(
      (
        await h.call('POST', '/v1/sync/push', {
          as: 'teller',
          body: { referrals: [referral], events: [created] },
        })
      ).status,
    ).toBe(200);
    const sameId = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { events: [{ ...created, seq: 5 }] },
    });
    expect(sameId.status).toBe(409);
    expect(JSON.stringify(sameId.json.details)).toContain(created.id);
    const sameSeq = makeEvent(referral, 1, { type: 'note', data: { text: 'second' } });
    const seqClash = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { events: [sameSeq] },
    });
    expect(seqClash.status).toBe(409);
    expect(JSON.stringify(seqClash.json.details)).toContain(sameSeq.id);
  });

  it('an event for a referral the server never got is refused with 422 naming the event', async () => {
    const event = makeEvent(makeReferral(), 1);
    const res = await h.call('POST', '/v1/sync/push', { as: 'teller', body: { events: [event] } });
    expect(res.status).toBe(422);
    expect(res.json.details).toEqual({
      items: [expect.objectContaining({ kind: 'event', id: event.id }) as unknown],
    });
  });

  it('lists referrals by role: the teller sees theirs, the assigned manager sees theirs with contact, the supervisor the branch', async () => {
    const mine = makeReferral({ summary: 'teller-list-check' });
    const lobbyReferral = makeReferral({
      referrerStaffId: 'L001',
      referrerRole: 'lobby_manager',
      managerStaffId: 'CM02',
      summary: 'lobby-list-check',
    });
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [mine] } })).status,
    ).toBe(200);
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'lobby', body: { referrals: [lobbyReferral] } }))
        .status,
    ).toBe(200);

    const ids = async (as: Parameters<Harness['call']>[2]) => {
      const res = await h.call('GET', '/v1/referrals?limit=500', as);
      expect(res.status).toBe(200);
      return (res.json.referrals as { id: string }[]).map((r) => r.id);
    };
    expect(await ids({ as: 'teller' })).toContain(mine.id);
    expect(await ids({ as: 'teller' })).not.toContain(lobbyReferral.id);
    expect(await ids({ as: 'lobby' })).toEqual([lobbyReferral.id]);
    expect(await ids({ as: 'manager2' })).toEqual([lobbyReferral.id]);
    expect(await ids({ as: 'supervisor' })).toEqual(
      expect.arrayContaining([mine.id, lobbyReferral.id]),
    );
    expect(await ids({ as: 'otherSupervisor' })).toEqual([]);

    const forManager = await h.call('GET', '/v1/referrals?limit=500', { as: 'manager' });
    const seen = (forManager.json.referrals as unknown[])
      .map((r) => serverReferralSchema.parse(r))
      .find((r) => r.id === mine.id);
    expect(seen?.contact).toEqual(mine.contact);
    const forSupervisor = await h.call('GET', '/v1/referrals?limit=500', { as: 'supervisor' });
    expect(forSupervisor.text).not.toContain('138 0013 8000');
  });

  it('pages through the list with the `next` token, newest first, no repeats', async () => {
    const created = Array.from({ length: 5 }, (_, i) =>
      makeReferral({
        referrerStaffId: 'T002',
        createdAt: `2026-11-2${i}T08:00:00Z`,
        updatedAt: `2026-11-2${i}T08:00:00Z`,
      }),
    );
    // Pushed on the 24th, when the last of them was made.
    h.clock.advance(5 * 86_400_000);
    const pushed = await h.call('POST', '/v1/sync/push', {
      as: 'teller2',
      body: { referrals: created },
    });
    h.clock.advance(-5 * 86_400_000);
    expect(pushed.status, pushed.text).toBe(200);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await h.call('GET', `/v1/referrals?limit=2${after ? `&after=${after}` : ''}`, {
        as: 'teller2',
      });
      expect(res.status).toBe(200);
      seen.push(...(res.json.referrals as { id: string }[]).map((r) => r.id));
      after = res.json.next as string | undefined;
      if (!after) break;
    }
    expect(seen).toEqual(created.map((r) => r.id).reverse());
  });

  it('the assigned manager records an outcome; the referring teller pulls it', async () => {
    const referral = makeReferral({ summary: 'outcome-loop' });
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [referral] } }))
        .status,
    ).toBe(200);
    const start = await h.call('GET', '/v1/sync/pull', { as: 'teller' });
    const cursor = start.json.cursor as string;
    for (const body of [
      { status: 'contacted' },
      { status: 'met' },
      {
        status: 'won',
        outcome: { product: '大额存单', amountBand: { min: 500000, max: 1000000 } },
      },
    ]) {
      const res = await h.call('PATCH', `/v1/referrals/${referral.id}/status`, {
        as: 'manager',
        body,
      });
      expect(res.status).toBe(200);
      expect(res.json.changed).toBe(true);
    }
    const pulled = await eventually(
      () => h.call('GET', `/v1/sync/pull?cursor=${cursor}`, { as: 'teller' }),
      (res) =>
        (res.json.changes as { id: string; status: string }[]).some(
          (r) => r.id === referral.id && r.status === 'won',
        ),
    );
    expect(pulled.status).toBe(200);
    const outcome = (pulled.json.changes as unknown[])
      .map((r) => serverReferralSchema.parse(r))
      .find((r) => r.id === referral.id);
    expect(outcome).toMatchObject({ status: 'won', outcome: { product: '大额存单' } });
    expect(outcome?.contact).toBeUndefined();
    const events = await h.database.db.kysely
      .selectFrom('events')
      .select(['type', 'seq', 'origin'])
      .where('referral_id', '=', referral.id)
      .orderBy('ingest_id')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'status_changed',
      'status_changed',
      'status_changed',
    ]);
  });

  it('an undone referral leaves the lists and is pulled with undoneAt', async () => {
    const referral = makeReferral();
    const undo = makeEvent(referral, 2, { type: 'undone', data: {} });
    expect(
      (
        await h.call('POST', '/v1/sync/push', {
          as: 'teller',
          body: { referrals: [referral], events: [makeEvent(referral, 1), undo] },
        })
      ).status,
    ).toBe(200);
    const list = await h.call('GET', '/v1/referrals?limit=500', { as: 'manager' });
    expect((list.json.referrals as { id: string }[]).map((r) => r.id)).not.toContain(referral.id);
    const pulled = await eventually(
      () => h.call('GET', '/v1/sync/pull', { as: 'manager', headers: {} }),
      (res) => (res.json.changes as { id: string }[]).some((r) => r.id === referral.id),
    );
    const withdrawn = (pulled.json.changes as { id: string; undoneAt?: string }[]).find(
      (r) => r.id === referral.id,
    );
    expect(withdrawn?.undoneAt).toBe(undo.at);
    const patch = await h.call('PATCH', `/v1/referrals/${referral.id}/status`, {
      as: 'manager',
      body: { status: 'contacted' },
    });
    expect(patch.status).toBe(409);
  });

  it('roster: everyone in the branch reads it; managers set their availability; admins replace it', async () => {
    const read = await h.call('GET', '/v1/roster', { as: 'teller' });
    expect(read.status).toBe(200);
    expect(read.json.managers).toEqual(ROSTER.filter((m) => m.branchId === '0101'));
    const away = await h.call('PATCH', '/v1/roster/CM01/availability', {
      as: 'manager',
      body: { available: false },
    });
    expect(away.status).toBe(200);
    expect(away.json.manager).toMatchObject({ staffId: 'CM01', available: false });
    expect(
      (
        (await h.call('GET', '/v1/roster', { as: 'lobby' })).json.managers as {
          available: boolean;
        }[]
      )[0]?.available,
    ).toBe(false);

    const replacement = [
      { ...ROSTER[0]!, bookSize: 430 },
      {
        staffId: 'CM03',
        name: '赵经理',
        branchId: '0101',
        specialties: ['forex'],
        bookSize: 0,
        capacity: 300,
        available: true,
      },
    ];
    const put = await h.call('PUT', '/v1/roster', { as: 'admin', body: { managers: replacement } });
    expect(put.status).toBe(200);
    expect((put.json.managers as { staffId: string }[]).map((m) => m.staffId)).toEqual([
      'CM01',
      'CM03',
    ]);
    expect(
      (
        (await h.call('GET', '/v1/roster', { as: 'otherSupervisor' })).json.managers as {
          staffId: string;
        }[]
      ).map((m) => m.staffId),
    ).toEqual(['CM91']);
    const audit = await h.database.db.kysely.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'token.create',
        'token.revoke',
        'roster.replace',
        'roster.availability',
      ]),
    );
  });
});
