// @vitest-environment node
/**
 * A full disk: writes answer 503 `storage_full` with Retry-After (devices keep their outbox and try
 * again), the log names the real cause (SQLITE_FULL / SQLSTATE 53100, not the failed rollback),
 * reads keep working, nothing of the refused batch is stored, and once there is space again the
 * same batch goes through. SQLite runs out of pages for real (`max_page_count`); PostgreSQL gets
 * the disk_full error from a trigger, since a test cannot fill the server's disk.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbTrouble } from '../../server/db/errors';
import { inTransaction } from '../../server/repo/transaction';
import type { Db } from '../../server/db/types';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

describe('database errors that clear up by themselves', () => {
  it.each([
    [{ code: 'SQLITE_FULL' }, 'storage_full'],
    [{ code: '53100' }, 'storage_full'],
    [{ code: 'SQLITE_BUSY' }, 'unavailable'],
    [{ code: 'ECONNREFUSED' }, 'unavailable'],
    [{ code: '57P01' }, 'unavailable'],
    [{ code: '57P03' }, 'unavailable'],
    [{ code: '23505' }, undefined],
    [{ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }, undefined],
    [new Error('cannot rollback - no transaction is active'), undefined],
    [undefined, undefined],
  ])('%j → %s', (error, trouble) => {
    expect(dbTrouble(error)).toBe(trouble);
  });
});

/** SQLite: no page may be added to the file any more. */
async function fillDisk(db: Db): Promise<void> {
  await sql`create table spill (x text)`.execute(db.kysely);
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db.kysely);
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count ?? 1}`).execute(db.kysely);
    return;
  }
  await sql`create function simulate_disk_full() returns trigger language plpgsql as $$
    begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$`.execute(
    db.kysely,
  );
  await sql`create trigger simulate_disk_full before insert on referrals
    for each row execute function simulate_disk_full()`.execute(db.kysely);
  await sql`create trigger simulate_disk_full before insert on spill
    for each row execute function simulate_disk_full()`.execute(db.kysely);
}

async function freeDisk(db: Db): Promise<void> {
  if (db.dialect === 'sqlite') {
    await sql.raw('pragma max_page_count = 1073741823').execute(db.kysely);
    return;
  }
  await sql`drop trigger simulate_disk_full on referrals`.execute(db.kysely);
}

const auditRow = {
  at: '2026-11-20T02:00:00.000Z',
  actor: 'test',
  branch_id: null,
  action: 'test.fill',
  details_json: '{}',
};

describe.each(DB_TARGETS)('disk full on $name', (target) => {
  let h: Harness;
  const first = makeReferral();
  const accepted: string[] = [first.id];
  const one = () => {
    const referral = makeReferral();
    accepted.push(referral.id);
    return referral;
  };
  const batch = Array.from({ length: 300 }, () => makeReferral());
  const events = batch.slice(0, 5).map((r, i) => ({
    id: `6f1f4c1e-8a0b-4c39-9d51-0d6f4b0b9a${String(10 + i)}`,
    referralId: r.id,
    at: '2026-11-20T01:15:00.000Z',
    seq: 1,
    type: 'created' as const,
    actorStaffId: 'T001',
    data: { handoff: 'refer_now' as const },
  }));

  beforeAll(async () => {
    h = await makeHarness(target);
    expect(
      (await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: [first] } }))
        .status,
    ).toBe(200);
    await fillDisk(h.database.db);
  });
  afterAll(async () => h.close());

  it('a write answers 503 storage_full with Retry-After', async () => {
    // Tellers push one referral at a time until the free room in the file's pages is used up: a
    // one-row insert that fails makes SQLite roll the whole transaction back by itself.
    let single = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [one()] },
    });
    while (single.status === 200 && accepted.length < 50)
      single = await h.call('POST', '/v1/sync/push', {
        as: 'teller',
        body: { referrals: [one()] },
      });
    accepted.pop();
    for (const res of [
      single,
      await h.call('POST', '/v1/sync/push', { as: 'teller', body: { referrals: batch, events } }),
    ]) {
      expect(res.status, res.text).toBe(503);
      expect(res.json.error).toBe('storage_full');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('logs the real cause, not the failed rollback', () => {
    const errors = h.logs.filter((l) => l.includes('unhandled error'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(target.name === 'sqlite' ? /SQLITE_FULL/ : /"code":"53100"/);
    expect(errors.join('\n')).not.toMatch(/cannot rollback/);
  });

  it('keeps serving reads', async () => {
    const list = await h.call('GET', '/v1/referrals', { as: 'supervisor' });
    expect(list.status).toBe(200);
    expect((list.json.referrals as { id: string }[]).map((r) => r.id).sort()).toEqual(
      [...accepted].sort(),
    );
    expect((await h.call('GET', '/v1/referral-log', { as: 'supervisor' })).status).toBe(200);
    expect((await h.call('GET', '/v1/sync/pull', { as: 'teller' })).status).toBe(200);
    expect((await h.call('GET', '/healthz')).status).toBe(200);
  });

  it('a transaction that the database already rolled back reports the real cause', async () => {
    // A one-row insert into a table without unique keys has no statement journal: when it finds
    // the disk full, SQLite rolls back the whole transaction, and a second ROLLBACK would fail.
    await expect(
      inTransaction(h.database.db, async (trx) => {
        await trx.insertInto('audit_log').values(auditRow).execute();
        for (let i = 0; i < 2000; i++)
          await sql`insert into spill (x) values (${'x'.repeat(500)})`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: target.name === 'sqlite' ? 'SQLITE_FULL' : '53100' });
  });

  it('stored nothing of the refused batch, and takes it once there is space again', async () => {
    await freeDisk(h.database.db);
    const count = async () =>
      Number(
        (
          await h.database.db.kysely
            .selectFrom('referrals')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(accepted.length);
    const res = await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: batch, events },
    });
    expect(res.status, res.text).toBe(200);
    expect(await count()).toBe(accepted.length + batch.length);
  });
});
