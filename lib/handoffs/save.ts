/**
 * Saving handoffs: the referral, its events, their outbox rows and an audit row per handoff, in
 * ONE transaction. The outbox rows are held back for the undo window (see undo.ts).
 */
import Dexie from 'dexie';
import { addAudit } from '../db/audit';
import type { SidekickDB } from '../db/database';
import { RecordValidationError } from '../db/errors';
import { enqueueOutbox, type OutboxItem } from '../db/outbox';
import { referralEventSchema, referralSchema } from '../contracts/referral';
import type { HandoffRecord } from './create';
import { HandoffError } from './errors';

export const UNDO_WINDOW_MS = 10_000;

function validate(handoff: HandoffRecord): void {
  const referral = referralSchema.safeParse(handoff.referral);
  if (!referral.success) throw RecordValidationError.fromZod('referral', referral.error);
  handoff.events.forEach((event, i) => {
    const parsed = referralEventSchema.safeParse(event);
    if (!parsed.success) throw RecordValidationError.fromZod('event', parsed.error, `events.${i}`);
    if (event.referralId !== handoff.referral.id)
      throw new RecordValidationError('event', [
        { path: `events.${i}.referralId`, message: 'belongs to another referral' },
      ]);
  });
}

function outboxItems(handoff: HandoffRecord): OutboxItem[] {
  const notBefore = Date.parse(handoff.referral.createdAt) + UNDO_WINDOW_MS;
  return [
    { kind: 'referral', payload: handoff.referral, notBefore },
    ...[...handoff.events]
      .sort((a, b) => a.seq - b.seq)
      .map((payload): OutboxItem => ({ kind: 'event', payload, notBefore })),
  ];
}

function isDuplicateKey(error: unknown): boolean {
  if (error instanceof Dexie.ConstraintError) return true;
  return (
    error instanceof Dexie.BulkError && error.failures.some((f) => f.name === 'ConstraintError')
  );
}

/**
 * Writes handoffs (referral + events + outbox rows + audit rows) in ONE transaction: all or
 * nothing. Everything is validated first; a referral id that already exists → HandoffError('duplicate').
 */
export async function saveHandoffs(
  db: SidekickDB,
  handoffs: readonly HandoffRecord[],
): Promise<void> {
  handoffs.forEach(validate);
  try {
    await db.transaction('rw', [db.referrals, db.events, db.outbox, db.audit], async () => {
      await db.referrals.bulkAdd(handoffs.map((h) => h.referral));
      await db.events.bulkAdd(handoffs.flatMap((h) => h.events));
      await enqueueOutbox(db, handoffs.flatMap(outboxItems));
      await addAudit(
        db,
        ...handoffs.map((h) => ({
          at: new Date(h.referral.createdAt),
          actor: h.referral.referrerStaffId,
          action: 'handoff.created' as const,
          entityId: h.referral.id,
          detail: { handoff: h.referral.handoff, consent: h.referral.consent },
        })),
      );
    });
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new HandoffError('duplicate', 'this referral (or one of its events) is already saved');
    }
    throw error;
  }
}

export async function saveHandoff(db: SidekickDB, handoff: HandoffRecord): Promise<void> {
  await saveHandoffs(db, [handoff]);
}
