import { describe, expect, it } from 'vitest';
import { DexieOutboxStore, listAudit, RecordValidationError, type SidekickDB } from '@/lib/db';
import {
  countMyReferrals,
  eventsOf,
  HandoffError,
  listMyReferrals,
  listReferrals,
  referralDisplay,
  saveHandoff,
  saveHandoffs,
  undoHandoff,
  undoSecondsLeft,
  UNDO_WINDOW_MS,
} from '@/lib/handoffs';
import { pushEventSchema } from '@/lib/contracts/sync';
import { idSequence, makeHandoff, freshDbs, referNow, T0 } from '../../fixtures/db/factory';

const freshDb = freshDbs();
const at = (ms: number) => new Date(T0.getTime() + ms);
const counts = async (db: SidekickDB) => ({
  referrals: await db.referrals.count(),
  events: await db.events.count(),
  outbox: await db.outbox.count(),
});

describe('saveHandoff', () => {
  it('writes the referral, its events, their outbox rows and an audit row together', async () => {
    const db = freshDb();
    const h = makeHandoff({ handoff: 'declined', managerStaffId: 'CM01', reason: '没时间' });
    await saveHandoff(db, h);
    expect(await db.referrals.get(h.referral.id)).toEqual(h.referral);
    expect(await eventsOf(db, h.referral.id)).toEqual(h.events);
    expect((await db.outbox.toArray()).map((r) => r.payload)).toEqual([h.referral, ...h.events]);
    const audit = await listAudit(db);
    expect(audit).toMatchObject([
      {
        actor: 'T001',
        action: 'handoff.created',
        entityId: h.referral.id,
        detail: { handoff: 'declined', consent: false },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain('没时间');
  });

  it('writes nothing when any referral in a batch is invalid', async () => {
    const db = freshDb();
    const ids = idSequence(3);
    const good = makeHandoff(referNow, { newId: ids });
    const bad = makeHandoff(referNow, { newId: ids });
    bad.referral = { ...bad.referral, summary: '卡号 6222021234567890' };
    await expect(saveHandoffs(db, [good, bad])).rejects.toBeInstanceOf(RecordValidationError);
    expect(await counts(db)).toEqual({ referrals: 0, events: 0, outbox: 0 });
  });

  it('a second save of the same referral (double click) is refused and changes nothing', async () => {
    const db = freshDb();
    const h = makeHandoff();
    await saveHandoff(db, h);
    const error = await saveHandoff(db, h).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandoffError);
    expect((error as HandoffError).code).toBe('duplicate');
    expect(await counts(db)).toEqual({ referrals: 1, events: 1, outbox: 2 });
  });

  it('a duplicate inside a larger batch rolls the whole batch back', async () => {
    const db = freshDb();
    const ids = idSequence(4);
    const first = makeHandoff(referNow, { newId: ids });
    await saveHandoff(db, first);
    const fresh = makeHandoff(referNow, { newId: ids });
    await expect(saveHandoffs(db, [fresh, first])).rejects.toBeInstanceOf(HandoffError);
    expect(await db.referrals.get(fresh.referral.id)).toBeUndefined();
    expect(await counts(db)).toEqual({ referrals: 1, events: 1, outbox: 2 });
  });
});

describe('undoHandoff', () => {
  it('within 10 s and not yet sent: removes referral, events and outbox rows — nothing will reach the server', async () => {
    const db = freshDb();
    const h = makeHandoff({
      handoff: 'card_handed',
      managerStaffId: 'CM01',
      consent: false,
      followUp: { channel: 'phone' },
    });
    await saveHandoff(db, h);
    expect(undoSecondsLeft(h.referral, at(3_000))).toBe(7);
    expect(await undoHandoff(db, h.referral.id, at(9_999))).toEqual({ mode: 'removed' });
    expect(await counts(db)).toEqual({ referrals: 0, events: 0, outbox: 0 });
    expect((await listAudit(db)).map((a) => a.action)).toEqual([
      'handoff.removed',
      'handoff.created',
    ]);
  });

  it('already given to the drainer: keeps the referral, marks it withdrawn and queues an undone event after it', async () => {
    const db = freshDb();
    const h = makeHandoff();
    await saveHandoff(db, h);
    const store = new DexieOutboxStore(db, { now: () => T0.getTime() + UNDO_WINDOW_MS });
    await store.pending(10); // the drainer took the rows at the very end of the window

    const result = await undoHandoff(db, h.referral.id, at(UNDO_WINDOW_MS), idSequence(9));
    expect(result.mode).toBe('withdrawn');
    const stored = await db.referrals.get(h.referral.id);
    expect(stored?.undoneAt).toBe(at(UNDO_WINDOW_MS).toISOString());
    expect(referralDisplay(stored!)).toEqual({ status: 'withdrawn', pendingSync: true });
    const events = await eventsOf(db, h.referral.id);
    expect(events.map((e) => [e.type, e.seq])).toEqual([
      ['created', 1],
      ['undone', 2],
    ]);
    expect(pushEventSchema.safeParse(events[1]).success).toBe(true);
    // The drainer sends it next, after the referral it refers to.
    const next = await store.pending(10);
    expect(next.map((e) => e.id)).toEqual([h.referral.id, h.events[0]?.id, events[1]?.id]);
    expect((await listAudit(db))[0]?.action).toBe('handoff.withdrawn');
  });

  it('already acknowledged by the server: also withdrawn with an undone event', async () => {
    const db = freshDb();
    const h = makeHandoff();
    await saveHandoff(db, h);
    await new DexieOutboxStore(db).acknowledge([h.referral.id, ...h.events.map((e) => e.id)]);
    expect((await undoHandoff(db, h.referral.id, at(5_000))).mode).toBe('withdrawn');
    expect(await db.outbox.count()).toBe(1);
  });

  it.each([
    ['after 10 s', UNDO_WINDOW_MS + 1, 'undo_expired'],
    ['twice', 1_000, 'already_undone'],
  ])('is refused %s', async (label, ms, code) => {
    const db = freshDb();
    const h = makeHandoff();
    await saveHandoff(db, h);
    if (label === 'twice') {
      await new DexieOutboxStore(db).acknowledge([h.referral.id]);
      await undoHandoff(db, h.referral.id, at(500));
    }
    const error = await undoHandoff(db, h.referral.id, at(ms)).catch((e: unknown) => e);
    expect((error as HandoffError).code).toBe(code);
    expect(await db.referrals.get(h.referral.id)).toBeDefined();
  });

  it('of an unknown referral is refused', async () => {
    const error = await undoHandoff(freshDb(), '00000000-0000-4000-8000-00000000ffff', T0).catch(
      (e: unknown) => e,
    );
    expect((error as HandoffError).code).toBe('not_found');
  });
});

describe('listMyReferrals', () => {
  it('lists only mine, newest first, page by page', async () => {
    const db = freshDb();
    const ids = idSequence(5);
    const handoffs = Array.from({ length: 7 }, (_, i) =>
      makeHandoff(referNow, {
        newId: ids,
        now: at(i * 60_000),
        staffId: i % 3 === 2 ? 'T002' : 'T001',
      }),
    );
    await saveHandoffs(db, handoffs);
    const mine = handoffs.filter((h) => h.referral.referrerStaffId === 'T001').reverse();
    expect(await countMyReferrals(db, 'T001')).toBe(mine.length);
    expect((await listMyReferrals(db, 'T001', { limit: 3 })).map((r) => r.id)).toEqual(
      mine.slice(0, 3).map((h) => h.referral.id),
    );
    expect((await listMyReferrals(db, 'T001', { limit: 3, offset: 3 })).map((r) => r.id)).toEqual(
      mine.slice(3).map((h) => h.referral.id),
    );
    expect(await listMyReferrals(db, 'nobody')).toEqual([]);
    expect((await listReferrals(db, { limit: 2 })).map((r) => r.id)).toEqual([
      handoffs[6]?.referral.id,
      handoffs[5]?.referral.id,
    ]);
  });

  it('shows status and whether it is still waiting to sync', async () => {
    const db = freshDb();
    const h = makeHandoff();
    await saveHandoff(db, h);
    const [row] = await listMyReferrals(db, 'T001');
    expect(referralDisplay(row!)).toEqual({ status: 'new', pendingSync: true });
  });
});
