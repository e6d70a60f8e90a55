/**
 * Undo within 10 seconds.
 *
 * A new handoff's outbox rows are held back for the undo window, so an undo normally finds them
 * unsent and removes the referral, its events and its outbox rows: nothing ever reaches the client
 * manager. If the drainer was already given a row (a race at the end of the window, or a drainer
 * that ignored the hold), the referral may be on the server — deleting it locally would leave the
 * manager with a referral the teller can no longer see. Then the referral is kept, marked
 * `undoneAt`, and an `undone` event is queued after it so the server withdraws it too.
 */
import { addAudit } from '../db/audit';
import type { SidekickDB } from '../db/database';
import { RecordValidationError } from '../db/errors';
import { enqueueOutbox } from '../db/outbox';
import type { StoredReferral } from '../db/rows';
import { referralEventSchema, type ReferralEvent } from '../contracts/referral';
import { HandoffError } from './errors';
import { eventsOf } from './list';
import { UNDO_WINDOW_MS } from './save';

export type UndoResult = { mode: 'removed' } | { mode: 'withdrawn'; event: ReferralEvent };

/** Seconds left to undo a referral created at `createdAt` (0 when the window has passed). */
export function undoSecondsLeft(referral: Pick<StoredReferral, 'createdAt'>, now: Date): number {
  return Math.max(
    0,
    Math.ceil((Date.parse(referral.createdAt) + UNDO_WINDOW_MS - now.getTime()) / 1000),
  );
}

export async function undoHandoff(
  db: SidekickDB,
  referralId: string,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<UndoResult> {
  return db.transaction(
    'rw',
    [db.referrals, db.events, db.outbox, db.audit],
    async (): Promise<UndoResult> => {
      const referral = await db.referrals.get(referralId);
      if (!referral) throw new HandoffError('not_found', 'no such referral on this device');
      if (referral.undoneAt)
        throw new HandoffError('already_undone', 'this referral was already undone');
      if (now.getTime() - Date.parse(referral.createdAt) > UNDO_WINDOW_MS)
        throw new HandoffError('undo_expired', 'undo is possible for 10 seconds only');
      return takeBack(db, referral, now, newId);
    },
  );
}

/**
 * Takes a referral back, inside the caller's transaction (referrals, events, outbox, audit):
 * removed if nothing of it was handed to the drainer yet, else withdrawn with an `undone` event.
 */
export async function takeBack(
  db: SidekickDB,
  referral: StoredReferral,
  now: Date,
  newId: () => string,
): Promise<UndoResult> {
  const referralId = referral.id;
  const events = await eventsOf(db, referralId);
  const ids = [referralId, ...events.map((e) => e.id)];
  const rows = await db.outbox.bulkGet(ids);
  const audit = {
    at: now,
    actor: referral.referrerStaffId,
    entityId: referralId,
    detail: { handoff: referral.handoff },
  };

  if (
    rows.every(
      (row) => row !== undefined && row.handedOutAt === undefined && row.parked === undefined,
    )
  ) {
    await db.outbox.bulkDelete(ids);
    await db.events.bulkDelete(events.map((e) => e.id));
    await db.referrals.delete(referralId);
    await addAudit(db, { ...audit, action: 'handoff.removed' });
    return { mode: 'removed' };
  }
  const parsed = referralEventSchema.safeParse({
    id: newId(),
    referralId,
    at: now.toISOString(),
    seq: Math.max(0, ...events.map((e) => e.seq)) + 1,
    actorStaffId: referral.referrerStaffId,
    type: 'undone',
  });
  if (!parsed.success) throw RecordValidationError.fromZod('event', parsed.error);
  await db.events.add(parsed.data);
  await enqueueOutbox(db, [{ kind: 'event', payload: parsed.data, notBefore: now.getTime() }]);
  await db.referrals.put({ ...referral, undoneAt: now.toISOString() });
  await addAudit(db, { ...audit, action: 'handoff.withdrawn' });
  return { mode: 'withdrawn', event: parsed.data };
}
