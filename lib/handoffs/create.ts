/**
 * Builds a referral and its events for one of the three handoffs — refer now, hand the card, not
 * now — from what the panel knows about the client. Pure (ids and clock injected); the result is
 * validated against the shared referral/event schemas, so what is returned is exactly what the
 * server accepts. Bad input throws RecordValidationError naming the field.
 */
import { RecordValidationError, type FieldIssue } from '../db/errors';
import { referralEventSchema, referralSchema } from '../contracts/referral';
import { contactFor, contactIssues, eventsFor, followUpFor, textField } from './handoff-fields';
import { buildSummary, signalsByKind } from './summary';
import { whomAndWhere } from './whom-where';
import type { HandoffRecord, HandoffContext, HandoffInput } from './types';

export type {
  CardFollowUpChannel,
  ContactInput,
  HandoffRecord,
  HandoffContext,
  HandoffInput,
} from './types';

const dropUndefined = <T extends object>(obj: T): T =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;

export function createReferral(input: HandoffInput, ctx: HandoffContext): HandoffRecord {
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const issues: FieldIssue[] = [];
  const { detection } = ctx;
  if (!detection.tier) issues.push({ path: 'tier', message: 'no client tier detected' });
  if (input.handoff === 'card_handed' && (input.followUp.channel as string) === 'meet_now') {
    issues.push({
      path: 'followUp.channel',
      message: 'a handed card needs a later follow-up (phone, WeChat, visit, client will call)',
    });
  }
  contactIssues(input, issues);
  const tellerNote = textField('tellerNote', input.tellerNote, issues);
  const declineReason =
    input.handoff === 'declined' ? textField('declineReason', input.reason, issues) : undefined;
  if (issues.length > 0) throw new RecordValidationError('referral', issues);

  const consent = input.handoff === 'declined' ? false : input.consent;
  const now = ctx.now.toISOString();
  const draft = dropUndefined({
    id: newId(),
    branchId: ctx.branchId,
    createdAt: now,
    updatedAt: now,
    referrerStaffId: ctx.staffId,
    referrerRole: ctx.role,
    secondCreditStaffId: ctx.secondCreditStaffId,
    clientRef: detection.clientRef,
    visitId: detection.visitId,
    cardLast4: detection.cardLast4,
    ...whomAndWhere(detection.clientInitial, ctx.counterLabel),
    tier: detection.tier,
    signals: signalsByKind(detection.signals).map((s) =>
      s.band
        ? { kind: s.kind, amountBand: { min: s.band.min, max: s.band.max } }
        : { kind: s.kind },
    ),
    summary: buildSummary(detection, ctx.lang),
    tellerNote,
    managerStaffId: input.managerStaffId,
    handoff: input.handoff,
    followUp: followUpFor(input),
    declineReason,
    consent,
    contact: input.handoff === 'declined' ? undefined : contactFor(consent, input.contact),
    profileVersion: detection.profileVersion,
    status: input.handoff === 'declined' ? 'declined' : 'new',
  });
  const referral = referralSchema.safeParse(draft);
  if (!referral.success) throw RecordValidationError.fromZod('referral', referral.error);
  const events = eventsFor(input, referral.data, newId).map((event, i) => {
    const parsed = referralEventSchema.safeParse(event);
    if (!parsed.success) throw RecordValidationError.fromZod('event', parsed.error, `events.${i}`);
    return parsed.data;
  });
  return { referral: referral.data, events };
}
