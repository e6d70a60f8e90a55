/**
 * Which fields of a referral are personal, and the referral without them. What stays is what the
 * reports need: who referred, when, tier, signals with amount bands, the privacy-safe summary, the
 * manager, the follow-up agreed, status and outcome, and the keyed client reference (a hash that
 * names nobody by itself).
 *   contact     the client's name and phone (only ever there with consent)
 *   tellerNote  the teller's free-text note about the client
 *   cardLast4   the last four digits of the card
 *   clientInitial  the first character of the client's name ("张*")
 */
export const PERSONAL_REFERRAL_FIELDS = [
  'contact',
  'tellerNote',
  'cardLast4',
  'clientInitial',
] as const;
export type PersonalField = (typeof PERSONAL_REFERRAL_FIELDS)[number];

type WithPersonal = Partial<Record<PersonalField, unknown>>;

export function personalFieldsOf(referral: WithPersonal): PersonalField[] {
  return PERSONAL_REFERRAL_FIELDS.filter((field) => referral[field] !== undefined);
}

export function hasPersonal(referral: WithPersonal): boolean {
  return personalFieldsOf(referral).length > 0;
}

/** A copy without the personal fields (the input is not changed). */
export function stripPersonal<T extends WithPersonal>(referral: T): Omit<T, PersonalField> {
  const { contact: _c, tellerNote: _t, cardLast4: _l, clientInitial: _i, ...rest } = referral;
  return rest;
}
