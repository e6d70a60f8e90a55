import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getKv, listAudit, RecordValidationError, type SidekickDB } from '@/lib/db';
import {
  applyPullPage,
  applyServerUpdate,
  saveHandoff,
  undoHandoff,
  type HandoffRecord,
} from '@/lib/handoffs';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { makeHandoff, openTestDb, T0 } from '../../fixtures/db/factory';
import { DexieOutboxStore } from '@/lib/db';

const dbs: SidekickDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
async function withSaved(): Promise<{ db: SidekickDB; h: HandoffRecord }> {
  const db = openTestDb();
  dbs.push(db);
  const h = makeHandoff();
  await saveHandoff(db, h);
  return { db, h };
}
const later = (h: HandoffRecord, minutes: number) =>
  new Date(Date.parse(h.referral.createdAt) + minutes * 60_000).toISOString();
const won = (h: HandoffRecord, minutes = 60): ServerReferral => ({
  ...h.referral,
  status: 'won',
  outcome: { product: '大额存单', amountBand: { min: 500_000, max: 2_000_000 } },
  updatedAt: later(h, minutes),
});

describe('applyServerUpdate', () => {
  it('takes the outcome from the server and reports the status change for the teller’s notice', async () => {
    const { db, h } = await withSaved();
    const result = await applyServerUpdate(db, won(h), new Date(later(h, 61)));
    expect(result).toEqual({
      changed: true,
      statusChange: { referralId: h.referral.id, from: 'new', to: 'won' },
    });
    const row = await db.referrals.get(h.referral.id);
    expect(row).toMatchObject({
      status: 'won',
      outcome: { product: '大额存单' },
      sentAt: later(h, 61),
    });
    expect((await listAudit(db))[0]).toMatchObject({
      action: 'referral.updated_by_server',
      actor: 'server',
      detail: { from: 'new', to: 'won' },
    });
  });

  it('the same update twice changes nothing the second time', async () => {
    const { db, h } = await withSaved();
    await applyServerUpdate(db, won(h));
    expect(await applyServerUpdate(db, { ...won(h) })).toEqual({ changed: false });
  });

  it('an older copy (stale page) does not roll the status back', async () => {
    const { db, h } = await withSaved();
    await applyServerUpdate(db, won(h, 60));
    const stale: ServerReferral = { ...h.referral, status: 'contacted', updatedAt: later(h, 30) };
    expect(await applyServerUpdate(db, stale)).toEqual({ changed: false });
    expect((await db.referrals.get(h.referral.id))?.status).toBe('won');
  });

  it('a later pipeline stage wins even when the server clock is behind the device', async () => {
    const { db, h } = await withSaved();
    const behind: ServerReferral = {
      ...h.referral,
      status: 'contacted',
      updatedAt: new Date(T0.getTime() - 60_000).toISOString(),
    };
    expect((await applyServerUpdate(db, behind)).statusChange?.to).toBe('contacted');
  });

  it('keeps a local withdrawal the server has not heard of yet', async () => {
    const { db, h } = await withSaved();
    await new DexieOutboxStore(db).acknowledge([h.referral.id, ...h.events.map((e) => e.id)]);
    await undoHandoff(db, h.referral.id, new Date(T0.getTime() + 2_000));
    await applyServerUpdate(db, { ...h.referral, status: 'contacted', updatedAt: later(h, 5) });
    expect((await db.referrals.get(h.referral.id))?.undoneAt).toBeDefined();
  });

  it('stores a referral first seen from the server (e.g. assigned to this client manager)', async () => {
    const { db, h } = await withSaved();
    const other = { ...won(h), id: '00000000-0000-4000-8aaa-000000000001' };
    expect((await applyServerUpdate(db, other)).statusChange).toEqual({
      referralId: other.id,
      from: null,
      to: 'won',
    });
    expect(await db.referrals.count()).toBe(2);
  });

  it.each([
    [
      'a won referral without product',
      (h: HandoffRecord) => ({ ...h.referral, status: 'won', updatedAt: later(h, 1) }),
    ],
    [
      'contact without consent',
      (h: HandoffRecord) => ({
        ...h.referral,
        contact: { name: '王', phone: '13812345678' },
        consent: false,
      }),
    ],
    ['unknown field', (h: HandoffRecord) => ({ ...h.referral, extra: 1 })],
    ['not an object', () => 'nope'],
  ])('refuses %s and writes nothing', async (_label, build) => {
    const { db, h } = await withSaved();
    await expect(applyServerUpdate(db, build(h))).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.referrals.get(h.referral.id)).toEqual(h.referral);
  });
});

describe('applyPullPage', () => {
  it('applies the page and moves the cursor in one transaction', async () => {
    const { db, h } = await withSaved();
    const results = await applyPullPage(db, { changes: [won(h)], cursor: '1741000000000.7' });
    expect(results.map((r) => r.statusChange?.to)).toEqual(['won']);
    expect(await getKv(db, 'sync.cursor')).toBe('1741000000000.7');
  });

  it('a bad change leaves both the referrals and the cursor as they were', async () => {
    const { db, h } = await withSaved();
    await expect(
      applyPullPage(db, { changes: [won(h), { ...h.referral, status: 'lost' }], cursor: '9.9' }),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.referrals.get(h.referral.id))?.status).toBe('new');
    expect(await getKv(db, 'sync.cursor')).toBeUndefined();
  });
});
