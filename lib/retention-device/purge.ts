/**
 * The device's retention purge (个人信息保存期限): personal information older than the retention
 * period leaves this device's IndexedDB, in one transaction, with an audit row saying how much.
 *   referrals    contact details, teller note and card last 4 are stripped from referrals created
 *                before the cutoff (lib/retention stripPersonal); the rest stays for reporting
 *   outbox       the same for referrals still waiting to be sent; expired note events are dropped
 *   notes        a client's discreet note not updated since the cutoff is deleted
 *   note events  the free text of a referral's note events before the cutoff is deleted
 * The policy (cutoff, which fields are personal) is lib/retention's, shared with the server.
 */
import { addAudit, type SidekickDB } from '../db';
import { isExpired, personalFieldsOf, retentionCutoff, stripPersonal } from '../retention';

export interface DevicePurgeCounts {
  /** Referrals that lost personal fields. */
  referrals: number;
  contacts: number;
  tellerNotes: number;
  cards: number;
  /** Client notes deleted. */
  notes: number;
  /** Outbox rows stripped or dropped. */
  outbox: number;
  noteEvents: number;
}

export interface DevicePurgeResult extends DevicePurgeCounts {
  days: number;
  cutoff: string;
}

/** Offsets reach +14:00: an ISO string with one sorts up to 14 h after its UTC instant. */
const OFFSET_SLACK_MS = 15 * 3_600_000;

const zero = (): DevicePurgeCounts => ({
  referrals: 0,
  contacts: 0,
  tellerNotes: 0,
  cards: 0,
  notes: 0,
  outbox: 0,
  noteEvents: 0,
});

export const purgedTotal = (c: DevicePurgeCounts): number =>
  c.referrals + c.notes + c.outbox + c.noteEvents;

export async function purgeDevice(
  db: SidekickDB,
  { now, days }: { now: Date; days: number },
): Promise<DevicePurgeResult> {
  const cutoff = retentionCutoff(now, days);
  const expired = (iso: string) => isExpired(iso, now, days);
  const upper = new Date(cutoff.getTime() + OFFSET_SLACK_MS).toISOString();
  const counts = zero();
  await db.transaction('rw', [db.referrals, db.outbox, db.notes, db.events, db.audit], async () => {
    const referrals = await db.referrals
      .where('createdAt')
      .below(upper)
      .filter((r) => personalFieldsOf(r).length > 0 && expired(r.createdAt))
      .toArray();
    for (const r of referrals) {
      const fields = personalFieldsOf(r);
      counts.referrals += 1;
      if (fields.includes('contact')) counts.contacts += 1;
      if (fields.includes('tellerNote')) counts.tellerNotes += 1;
      if (fields.includes('cardLast4')) counts.cards += 1;
    }
    await db.referrals.bulkPut(referrals.map((r) => stripPersonal(r)));

    const outbox = await db.outbox
      .filter((row) =>
        row.kind === 'referral'
          ? personalFieldsOf(row.payload).length > 0 && expired(row.payload.createdAt)
          : row.payload.type === 'note' && expired(row.payload.at),
      )
      .toArray();
    counts.outbox = outbox.length;
    await db.outbox.bulkDelete(outbox.filter((row) => row.kind === 'event').map((row) => row.id));
    await db.outbox.bulkPut(
      outbox.flatMap((row) =>
        row.kind === 'referral' ? [{ ...row, payload: stripPersonal(row.payload) }] : [],
      ),
    );

    const notes = await db.notes.filter((n) => expired(n.updatedAt)).primaryKeys();
    counts.notes = notes.length;
    await db.notes.bulkDelete(notes);

    const noteEvents = await db.events
      .filter((e) => e.type === 'note' && expired(e.at))
      .primaryKeys();
    counts.noteEvents = noteEvents.length;
    await db.events.bulkDelete(noteEvents);

    if (purgedTotal(counts) > 0) {
      await addAudit(db, {
        at: now,
        actor: 'retention',
        action: 'retention.purged',
        detail: { days, cutoff: cutoff.toISOString(), ...counts },
      });
    }
  });
  return { ...counts, days, cutoff: cutoff.toISOString() };
}
