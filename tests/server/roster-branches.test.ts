// @vitest-environment node
/**
 * Staff ids repeat across branches: the roster is keyed by (branch, staff id), and an admin of one
 * branch can only ever change, and only be audited in, their own branch. Migration 0004 rebuilds
 * the table with that key and keeps every row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../server/db/migrations';
import { listRoster } from '../../server/repo/roster';
import { openBlank, type BlankDb } from './helpers/blank-db';
import { BRANCH, OTHER_BRANCH, ROSTER } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const cm01Here = ROSTER.find((m) => m.staffId === 'CM01' && m.branchId === BRANCH)!;
const cm01There = {
  staffId: 'CM01',
  name: '吴经理',
  branchId: OTHER_BRANCH,
  specialties: ['loans'],
  bookSize: 10,
  capacity: 200,
  available: true,
};

describe.each(DB_TARGETS)('roster per branch on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  it("an admin of another branch submitting CM01 leaves this branch's CM01 alone", async () => {
    const put = await h.call('PUT', '/v1/roster', {
      as: 'otherAdmin',
      body: { managers: [cm01There] },
    });
    expect(put.status).toBe(200);
    expect(put.json.managers).toEqual([cm01There]);

    const here = await h.call('GET', '/v1/roster', { as: 'teller' });
    expect(here.json.managers).toEqual(ROSTER.filter((m) => m.branchId === BRANCH));

    // CM01 of this branch still sets their own availability, on their own row only.
    const away = await h.call('PATCH', '/v1/roster/CM01/availability', {
      as: 'manager',
      body: { available: false },
    });
    expect(away.status).toBe(200);
    expect(away.json.manager).toEqual({ ...cm01Here, available: false });
    expect(await listRoster(h.database.db, OTHER_BRANCH)).toEqual([cm01There]);

    // …and CM01 of the other branch theirs.
    const otherAway = await h.call('PATCH', '/v1/roster/CM01/availability', {
      as: 'otherManager',
      body: { available: false },
    });
    expect(otherAway.status).toBe(200);
    expect(otherAway.json.manager).toEqual({ ...cm01There, available: false });
    expect((await listRoster(h.database.db, BRANCH)).find((m) => m.staffId === 'CM01')).toEqual({
      ...cm01Here,
      available: false,
    });
  });

  it('audits each change in the branch it changed, and only there', async () => {
    const rows = await h.database.db.kysely
      .selectFrom('audit_log')
      .select(['branch_id', 'action', 'actor'])
      .where('action', 'like', 'roster.%')
      .where('actor', '!=', 'test')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.branch_id, r.action])).toEqual([
      [OTHER_BRANCH, 'roster.replace'],
      [BRANCH, 'roster.availability'],
      [OTHER_BRANCH, 'roster.availability'],
    ]);
  });

  it('a supervisor cannot reach a manager of another branch by their staff id', async () => {
    const res = await h.call('PATCH', '/v1/roster/CM91/availability', {
      as: 'supervisor',
      body: { available: false },
    });
    expect(res.status).toBe(404);
    expect((await listRoster(h.database.db, OTHER_BRANCH)).map((m) => m.staffId)).toEqual(['CM01']);
  });
});

describe.each(DB_TARGETS)('migration 0004 (roster keyed by branch) on $name', (target) => {
  let blank: BlankDb;
  beforeAll(async () => {
    blank = await openBlank(target.name);
    await migrateUpTo(blank.db, '0003_log_order_index');
    await blank.db.kysely
      .insertInto('roster')
      .values(
        ROSTER.map((m) => ({
          staff_id: m.staffId,
          branch_id: m.branchId,
          name: m.name,
          specialties_json: JSON.stringify(m.specialties),
          book_size: m.bookSize,
          capacity: m.capacity,
          available: m.available ? 1 : 0,
          updated_at: '2026-11-01T00:00:00.000Z',
        })),
      )
      .execute();
    await migrateToLatest(blank.db);
  });
  afterAll(async () => blank.cleanup());

  it('keeps every row and then lets two branches hold the same staff id', async () => {
    expect(await listRoster(blank.db, BRANCH)).toEqual(ROSTER.filter((m) => m.branchId === BRANCH));
    expect(await listRoster(blank.db, OTHER_BRANCH)).toEqual(
      ROSTER.filter((m) => m.branchId === OTHER_BRANCH),
    );
    await blank.db.kysely
      .insertInto('roster')
      .values({
        staff_id: 'CM01',
        branch_id: OTHER_BRANCH,
        name: 'x',
        specialties_json: '[]',
        book_size: 0,
        capacity: 1,
        available: 1,
        updated_at: '2026-11-02T00:00:00.000Z',
      })
      .execute();
    await expect(
      blank.db.kysely
        .insertInto('roster')
        .values({
          staff_id: 'CM01',
          branch_id: OTHER_BRANCH,
          name: 'twice',
          specialties_json: '[]',
          book_size: 0,
          capacity: 1,
          available: 1,
          updated_at: '2026-11-02T00:00:00.000Z',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
