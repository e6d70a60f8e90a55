import { describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/db';
import { referralOfVisit, replaceHandoff, saveHandoff } from '@/lib/handoffs';
import {
  idSequence,
  makeHandoff,
  freshDbs,
  premiumDetection,
  referNow,
  T0,
} from '../../fixtures/db/factory';

const freshDb = freshDbs();

const VISIT = '7d3c9a10-2b4e-4f6a-9c1d-0e8b7a6f5d4c';
const inVisit = (visitId: string | undefined, prefix: number, ms = 0) => ({
  detection: premiumDetection({ clientRef: undefined, visitId }),
  newId: idSequence(prefix),
  now: new Date(T0.getTime() + ms),
});

describe('one referral of a kind per visit', () => {
  it('finds the referral already made in this visit, of the same kind only', async () => {
    const db = freshDb();
    const first = makeHandoff(referNow, inVisit(VISIT, 1));
    await saveHandoff(db, first);
    expect((await referralOfVisit(db, VISIT, 'refer_now'))?.id).toBe(first.referral.id);
    expect((await referralOfVisit(db, VISIT, 'card_handed'))?.id).toBe(first.referral.id);
    expect(await referralOfVisit(db, VISIT, 'declined')).toBeUndefined();
    expect(
      await referralOfVisit(db, 'ffffffff-2b4e-4f6a-9c1d-0e8b7a6f5d4c', 'refer_now'),
    ).toBeUndefined();
    expect(await referralOfVisit(db, undefined, 'refer_now')).toBeUndefined();
  });

  it('an explicit change replaces it: the old one taken back, the new one saved, audited', async () => {
    const db = freshDb();
    const first = makeHandoff(referNow, inVisit(VISIT, 1));
    await saveHandoff(db, first);
    const second = makeHandoff(
      { handoff: 'refer_now', managerStaffId: 'CM02', consent: false },
      inVisit(VISIT, 2, 60_000),
    );
    await replaceHandoff(
      db,
      first.referral.id,
      second,
      new Date(T0.getTime() + 60_000),
      idSequence(3),
    );

    expect((await referralOfVisit(db, VISIT, 'refer_now'))?.id).toBe(second.referral.id);
    expect(await db.referrals.count()).toBe(1); // never sent: removed, as an undo would
    const actions = (await listAudit(db)).map((a) => [a.action, a.entityId]);
    expect(actions).toEqual([
      ['handoff.replaced', first.referral.id],
      ['handoff.created', second.referral.id],
      ['handoff.removed', first.referral.id],
      ['handoff.created', first.referral.id],
    ]);
  });

  it('a referral already acknowledged by the server is withdrawn, not deleted', async () => {
    const db = freshDb();
    const first = makeHandoff(referNow, inVisit(VISIT, 1));
    await saveHandoff(db, first);
    await db.outbox.clear(); // acknowledged
    const second = makeHandoff(referNow, inVisit(VISIT, 2, 600_000));
    await replaceHandoff(
      db,
      first.referral.id,
      second,
      new Date(T0.getTime() + 600_000),
      idSequence(3),
    );
    expect((await db.referrals.get(first.referral.id))?.undoneAt).toBeDefined();
    expect((await referralOfVisit(db, VISIT, 'refer_now'))?.id).toBe(second.referral.id);
  });
});
