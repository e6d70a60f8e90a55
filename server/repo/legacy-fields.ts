/**
 * The free-text fields of stored referrals, events and their parts, each repaired to pass the
 * schema the server answers with (server/util/legacy-text.ts). Every function returns its input
 * object itself when nothing needed repair, so callers tell a dirty row by identity and leave
 * clean rows untouched. Used by migration 0005 and, as a second line of defence, on the way out.
 */
import { isPhoneLike } from '../../lib/privacy';
import type { Contact, Outcome, Referral } from '../../lib/contracts/referral';
import { repairText, type TextKind } from '../util/legacy-text';

type Fields<T> = { [K in keyof T]?: TextKind };

/** A copy of `value` with each listed string field repaired, or `value` if none changed. */
function repairFields<T extends object>(value: T, fields: Fields<T>): T {
  let out = value;
  for (const [key, kind] of Object.entries(fields) as [keyof T & string, TextKind][]) {
    const text = value[key];
    if (typeof text !== 'string') continue;
    const clean = repairText(text, kind);
    if (clean !== text) out = { ...out, [key]: clean };
  }
  return out;
}

const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;

type DocText = Pick<Referral, 'summary' | 'tellerNote' | 'declineReason' | 'profileVersion'>;

/** The referral's own text: summary, teller note, decline reason, profile version. */
export function repairDocText<T extends DocText>(doc: T): T {
  return repairFields<T>(doc, {
    summary: 'safe',
    tellerNote: 'safe',
    declineReason: 'safe',
    profileVersion: 'plain',
  });
}

/**
 * The consented contact with its name repaired; undefined when its phone is no phone number (a
 * card or ID number written in its place): there is nothing to mask it to that is still a phone.
 */
export function repairContact(contact: Contact): Contact | undefined {
  if (!PHONE.test(contact.phone) || !isPhoneLike(contact.phone)) return undefined;
  return repairFields(contact, { name: 'plain' });
}

export function repairOutcome(outcome: Outcome): Outcome {
  return repairFields(outcome, { product: 'plain', reason: 'safe' });
}

/** The text in an event's data (a decline reason, a note, a status change's outcome). */
export function repairEventData(type: string, data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  if (type === 'declined') return repairFields(data as { reason?: string }, { reason: 'safe' });
  if (type === 'note') return repairFields(data as { text?: string }, { text: 'safe' });
  if (type === 'status_changed') {
    const change = data as { outcome?: Outcome };
    if (!change.outcome) return data;
    const outcome = repairOutcome(change.outcome);
    return outcome === change.outcome ? data : { ...change, outcome };
  }
  return data;
}

/** A referral as answered (doc fields, outcome, contact), repaired; itself when clean. */
export function repairReferralText<T extends DocText & { outcome?: Outcome; contact?: Contact }>(
  view: T,
): T {
  let out = repairDocText(view);
  if (view.outcome) {
    const outcome = repairOutcome(view.outcome);
    if (outcome !== view.outcome) out = { ...out, outcome };
  }
  if (view.contact) {
    const contact = repairContact(view.contact);
    if (contact !== view.contact) {
      out = { ...out };
      if (contact) out.contact = contact;
      else delete out.contact;
    }
  }
  return out;
}
