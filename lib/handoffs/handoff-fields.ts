/** The parts of a referral that depend on the kind of handoff: contact, follow-up, events, text fields. */
import type { FieldIssue } from '../db/errors';
import { scrubLine } from '../privacy/scrub-line';
import { isPhoneLike } from '../privacy/text-check';
import type { FollowUp, Referral, ReferralEvent } from '../contracts/referral';
import { prepareTellerLine } from './teller-line';
import type { ContactInput, HandoffInput, Instant } from './types';

const iso = (t: Instant | undefined) =>
  t === undefined ? undefined : typeof t === 'string' ? t : t.toISOString();

export function textField(
  path: string,
  text: string | undefined,
  issues: FieldIssue[],
): string | undefined {
  const line = prepareTellerLine(text);
  if (line.ok) return line.text;
  issues.push({ path, message: line.message });
  return undefined;
}

/** Contact only with consent (otherwise discarded); the name one line with any number masked; digits made ASCII. */
export function contactFor(
  consent: boolean,
  contact: ContactInput | undefined,
): Referral['contact'] {
  if (!consent || !contact) return undefined;
  return {
    name: scrubLine(contact.name.normalize('NFKC')),
    phone: contact.phone.normalize('NFKC').replace(/\s+/g, ' ').trim(),
  };
}

export function followUpFor(input: HandoffInput): FollowUp | undefined {
  if (input.handoff === 'refer_now') return { channel: 'meet_now' };
  if (input.handoff === 'declined') return undefined;
  const { channel, windowStart, windowEnd } = input.followUp;
  return {
    channel,
    ...(windowStart ? { windowStart: iso(windowStart) } : {}),
    ...(windowEnd ? { windowEnd: iso(windowEnd) } : {}),
  };
}

export function eventsFor(
  input: HandoffInput,
  referral: Referral,
  newId: () => string,
): ReferralEvent[] {
  const base = {
    referralId: referral.id,
    at: referral.createdAt,
    actorStaffId: referral.referrerStaffId,
  };
  const created: ReferralEvent = {
    ...base,
    id: newId(),
    seq: 1,
    type: 'created',
    data: { handoff: input.handoff },
  };
  if (input.handoff === 'card_handed' && referral.followUp)
    return [
      created,
      { ...base, id: newId(), seq: 2, type: 'card_handed', data: referral.followUp },
    ];
  if (input.handoff === 'declined') {
    const data = referral.declineReason ? { data: { reason: referral.declineReason } } : {};
    return [created, { ...base, id: newId(), seq: 2, type: 'declined', ...data }];
  }
  return [created];
}

/** E.164 numbers have at most 15 digits; a card or ID number is never a phone number (as on the server). */
export function contactIssues(input: HandoffInput, issues: FieldIssue[]): void {
  if (input.handoff === 'declined' || !input.consent || !input.contact) return;
  if (!isPhoneLike(input.contact.phone)) {
    issues.push({
      path: 'contact.phone',
      message: 'looks like a card, account or ID number, not a phone number',
    });
  }
}
