/**
 * One referral of a kind per visit at the counter. A second "refer now" or "hand the card" in the
 * same visit (the same `visitId`) finds the first; so does a second "not now". Only an explicit
 * change replaces it: the old one is taken back (removed or withdrawn, like an undo) and the new
 * one saved in ONE transaction, with a `handoff.replaced` audit row naming the old one.
 */
import { addAudit } from '../db/audit';
import type { SidekickDB } from '../db/database';
import type { StoredReferral } from '../db/rows';
import type { Handoff } from '../contracts/referral';
import type { HandoffRecord } from './create';
import { HandoffError } from './errors';
import { saveHandoff } from './save';
import { takeBack } from './undo';

/** Referring and handing the card are the same kind (a referral); "not now" is the other. */
export const handoffKind = (handoff: Handoff): 'referral' | 'declined' =>
  handoff === 'declined' ? 'declined' : 'referral';

/** The newest referral of this kind made in this visit, not taken back; undefined if none. */
export async function referralOfVisit(
  db: SidekickDB,
  visitId: string | undefined,
  handoff: Handoff,
): Promise<StoredReferral | undefined> {
  if (!visitId) return undefined;
  const rows = await db.referrals.where('visitId').equals(visitId).toArray();
  return rows
    .filter((r) => !r.undoneAt && handoffKind(r.handoff) === handoffKind(handoff))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

export async function replaceHandoff(
  db: SidekickDB,
  replacedId: string,
  record: HandoffRecord,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  await db.transaction('rw', [db.referrals, db.events, db.outbox, db.audit], async () => {
    const old = await db.referrals.get(replacedId);
    if (!old || old.undoneAt)
      throw new HandoffError('not_found', 'the referral to replace is no longer on this device');
    await takeBack(db, old, now, newId);
    await saveHandoff(db, record);
    await addAudit(db, {
      at: now,
      actor: record.referral.referrerStaffId,
      action: 'handoff.replaced',
      entityId: old.id,
      detail: { handoff: old.handoff, by: record.referral.handoff },
    });
  });
}
