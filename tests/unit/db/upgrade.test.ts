import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SidekickDB } from '@/lib/db';
import { SCHEMA_V1 } from '@/lib/db/schema';
import { serverReferralSchema } from '@/lib/contracts/server-referral';
import { referralEventSchema } from '@/lib/contracts/referral';
import { noteSchema } from '@/lib/notes';
import { listMyReferrals } from '@/lib/handoffs';
import v1 from '../../fixtures/db/v1-rows.json';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database exactly as version 1 of the extension left it, filled with the v1 fixture rows. */
async function seedV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('SidekickDB upgrade v1 → v2', () => {
  it('the fixture is valid v1 data (it would fail the test if the shapes drifted)', () => {
    for (const r of v1.referrals) expect(serverReferralSchema.safeParse(r).success).toBe(true);
    for (const e of v1.events) expect(referralEventSchema.safeParse(e).success).toBe(true);
    for (const n of v1.notes) expect(noteSchema.safeParse(n).success).toBe(true);
  });

  it('keeps every row, backfills sentAt for referrals the server already had, and serves "My referrals"', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    await seedV1(name);
    const db = new SidekickDB(name);
    opened.push(db);
    await db.open();

    expect(db.verno).toBe(3);
    expect(await db.referrals.count()).toBe(v1.referrals.length);
    expect(await db.events.count()).toBe(v1.events.length);
    expect(await db.outbox.count()).toBe(v1.outbox.length);
    expect(await db.notes.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect((await db.kv.get('sync.cursor'))?.value).toBe('1740790800000.42');

    const [acked, waiting, declined] = v1.referrals.map((r) => r.id) as [string, string, string];
    // Acknowledged in v1 (no outbox row): sentAt = its last update time.
    expect((await db.referrals.get(acked))?.sentAt).toBe('2025-03-01T05:00:00.000Z');
    expect((await db.referrals.get(declined))?.sentAt).toBe('2025-03-01T03:00:00.000Z');
    // Still in the outbox: not sent yet.
    expect((await db.referrals.get(waiting))?.sentAt).toBeUndefined();

    // The v2 index answers "My referrals", newest first, only mine.
    const mine = await listMyReferrals(db, 'T001');
    expect(mine.map((r) => r.id)).toEqual([waiting, acked]);
    expect((await listMyReferrals(db, 'T002')).map((r) => r.id)).toEqual([declined]);
  });

  it('opens a new, empty database at the latest version (v3) directly', async () => {
    const db = new SidekickDB(`fresh-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'events',
      'kv',
      'notes',
      'outbox',
      'referrals',
    ]);
    expect(db.referrals.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[referrerStaffId+createdAt]',
      'createdAt',
      'visitId',
    ]);
  });
});

describe('SidekickDB upgrade v2 → v3 (visitId index)', () => {
  it('v1 rows, which have no visit, come through; the visit index answers for new ones', async () => {
    const name = `upgrade-v3-${Math.random().toString(36).slice(2)}`;
    await seedV1(name);
    const db = new SidekickDB(name);
    opened.push(db);
    await db.open();
    expect(await db.referrals.count()).toBe(v1.referrals.length);
    expect(await db.referrals.where('visitId').anyOf(['x']).count()).toBe(0);
    const first = v1.referrals[0];
    if (!first) throw new Error('fixture has referrals');
    const visitId = '7d3c9a10-2b4e-4f6a-9c1d-0e8b7a6f5d4c';
    await db.referrals.update(first.id, { visitId });
    expect((await db.referrals.where('visitId').equals(visitId).first())?.id).toBe(first.id);
  });
});
