import { describe, expect, it } from 'vitest';
import { listAudit, type StoredReferral } from '@/lib/db';
import { saveHandoff } from '@/lib/handoffs';
import type { Note } from '@/lib/notes/schema';
import { purgeDevice } from '@/lib/retention-device';
import { CLIENT_REF, idSequence, makeHandoff, freshDbs, T0 } from '../../fixtures/db/factory';

const DAY = 86_400_000;
const freshDb = freshDbs();
const daysAfterT0 = (days: number) => new Date(T0.getTime() + days * DAY);

const withConsent = {
  handoff: 'refer_now' as const,
  managerStaffId: 'CM01',
  consent: true,
  contact: { name: '王女士', phone: '13800138000' },
  tellerNote: '想了解留学汇款',
};

function note(id: string, clientRef: string, updatedAt: Date): Note {
  return {
    id,
    clientRef,
    authorStaffId: 'T002',
    createdAt: T0.toISOString(),
    updatedAt: updatedAt.toISOString(),
    contact: { consent: true, phone: '13900139000' },
    remark: '喜欢上午来',
  };
}

describe('purgeDevice', () => {
  it('strips contact, teller note and card digits from referrals older than the period, keeps the rest', async () => {
    const db = freshDb();
    const ids = idSequence(1);
    const old = makeHandoff(withConsent, { newId: ids, now: T0 });
    const fresh = makeHandoff(withConsent, { newId: ids, now: daysAfterT0(100) });
    await saveHandoff(db, old);
    await saveHandoff(db, fresh);

    const result = await purgeDevice(db, { now: daysAfterT0(181), days: 180 });

    const purged = (await db.referrals.get(old.referral.id)) as StoredReferral;
    expect(purged.contact).toBeUndefined();
    expect(purged.tellerNote).toBeUndefined();
    expect(purged.cardLast4).toBeUndefined();
    // What the supervisor's reports need stays.
    expect(purged).toMatchObject({
      id: old.referral.id,
      tier: old.referral.tier,
      signals: old.referral.signals,
      summary: old.referral.summary,
      managerStaffId: 'CM01',
      consent: true,
      status: 'new',
    });
    expect(await db.referrals.get(fresh.referral.id)).toEqual(fresh.referral);
    expect(result).toMatchObject({
      referrals: 1,
      contacts: 1,
      tellerNotes: 1,
      cards: 1,
      days: 180,
    });
    expect(result.cutoff).toBe(daysAfterT0(1).toISOString());
  });

  it('also strips the copy still waiting in the outbox', async () => {
    const db = freshDb();
    const old = makeHandoff(withConsent, { now: T0 });
    await saveHandoff(db, old);
    await purgeDevice(db, { now: daysAfterT0(200), days: 180 });
    const row = await db.outbox.get(old.referral.id);
    expect(row?.kind).toBe('referral');
    expect(JSON.stringify(row?.payload)).not.toContain('13800138000');
    expect(JSON.stringify(row?.payload)).not.toContain('留学');
  });

  it('deletes client notes not updated within the period and keeps recent ones', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([
      note('00000000-0000-4000-8000-00000000000a', CLIENT_REF, T0),
      note('00000000-0000-4000-8000-00000000000b', 'ab'.repeat(32), daysAfterT0(170)),
    ]);
    const result = await purgeDevice(db, { now: daysAfterT0(181), days: 180 });
    expect(result.notes).toBe(1);
    expect((await db.notes.toArray()).map((n) => n.clientRef)).toEqual(['ab'.repeat(32)]);
  });

  it('writes one audit row with the counts and nothing personal; a second run changes nothing', async () => {
    const db = freshDb();
    await saveHandoff(db, makeHandoff(withConsent, { now: T0 }));
    await db.notes.add(note('00000000-0000-4000-8000-00000000000a', CLIENT_REF, T0));
    const now = daysAfterT0(365);
    await purgeDevice(db, { now, days: 180 });
    const audit = (await listAudit(db)).filter((a) => a.action === 'retention.purged');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'retention',
      at: now.toISOString(),
      detail: { days: 180, referrals: 1, contacts: 1, notes: 1 },
    });
    expect(JSON.stringify(audit)).not.toMatch(/13[89]00|王女士|留学|上午/);

    const again = await purgeDevice(db, { now: daysAfterT0(366), days: 180 });
    expect(again).toMatchObject({ referrals: 0, notes: 0, outbox: 0 });
    expect((await listAudit(db)).filter((a) => a.action === 'retention.purged')).toHaveLength(1);
  });

  it('reads the instant, not the string: a +08:00 time just inside the period is kept', async () => {
    const db = freshDb();
    const h = makeHandoff(withConsent, { now: T0 });
    // 2025-03-03T09:30+08:00 is 01:30Z, i.e. 30 minutes before T0 (02:00Z).
    const local = { ...h.referral, createdAt: '2025-03-03T09:30:00+08:00' };
    await db.referrals.add(local);
    const now = new Date(T0.getTime() + 180 * DAY - 60 * 60_000); // cutoff 01:00Z: 01:30Z is newer
    expect((await purgeDevice(db, { now, days: 180 })).referrals).toBe(0);
    const later = new Date(T0.getTime() + 180 * DAY); // cutoff 02:00Z: now it is older
    expect((await purgeDevice(db, { now: later, days: 180 })).referrals).toBe(1);
  });

  it('refuses a nonsense period and leaves everything in place', async () => {
    const db = freshDb();
    await saveHandoff(db, makeHandoff(withConsent, { now: T0 }));
    await expect(purgeDevice(db, { now: daysAfterT0(400), days: 0 })).rejects.toThrow(RangeError);
    expect((await db.referrals.toArray())[0]?.contact).toBeDefined();
  });
});
