import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidekickDB } from '@/lib/db';
import { saveHandoff } from '@/lib/handoffs';
import { retentionDaysItem, retentionRunItem, runRetention } from '@/lib/retention-device';
import { makeHandoff, openTestDb, T0 } from '../../fixtures/db/factory';

const DAY = 86_400_000;
let db: SidekickDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDb();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const consenting = {
  handoff: 'refer_now' as const,
  managerStaffId: 'CM01',
  consent: true,
  contact: { name: '李先生', phone: '13700137000' },
};

describe('runRetention', () => {
  it('uses the configured number of days and records the run for the supervisor page', async () => {
    const h = makeHandoff(consenting, { now: T0 });
    await saveHandoff(db, h);
    await retentionDaysItem.setValue(30);
    const now = new Date(T0.getTime() + 31 * DAY);
    const run = await runRetention(db, now);
    expect(run.result).toMatchObject({ days: 30, referrals: 1, contacts: 1 });
    expect(await retentionRunItem.getValue()).toEqual(run);
    expect((await db.referrals.get(h.referral.id))?.contact).toBeUndefined();
  });

  it('falls back to the default 180 days when the stored value is not valid', async () => {
    await saveHandoff(db, makeHandoff(consenting, { now: T0 }));
    await retentionDaysItem.setValue(0);
    const run = await runRetention(db, new Date(T0.getTime() + 31 * DAY));
    expect(run.result).toMatchObject({ days: 180, referrals: 0 });
  });

  it('keeps the error in words when the purge fails, so the page can show it', async () => {
    db.close();
    const run = await runRetention(db, new Date(T0.getTime() + 400 * DAY));
    expect(run.error).toMatch(/closed/i);
    expect((await retentionRunItem.getValue())?.error).toBe(run.error);
  });
});
