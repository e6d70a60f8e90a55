/**
 * The referral tracking form (推介跟踪表) as data: one `Referral` per handoff and its
 * `ReferralEvent`s. The extension's Dexie database stores exactly these shapes and the sync server
 * accepts and returns them, so this module is the single definition of both.
 */
import { z } from 'zod';
import { SIGNAL_KINDS, TIERS } from '../signals/kinds';
import { STAFF_ROLES } from '../roles';
import {
  amountBandSchema,
  branchIdSchema,
  isoDateTimeSchema,
  plainTextSchema,
  safeTextSchema,
  staffIdSchema,
  uuidSchema,
} from './primitives';
import { isPhoneLike, TEXT_PROBLEM_CODES } from '../privacy/text-check';
import { clientInitialSchema, counterLabelSchema } from './whom-where';

export const HANDOFFS = ['refer_now', 'card_handed', 'declined'] as const;
export const FOLLOW_UP_CHANNELS = [
  'meet_now',
  'phone',
  'wechat',
  'visit',
  'client_will_call',
] as const;
export const REFERRAL_STATUSES = ['new', 'contacted', 'met', 'won', 'lost', 'declined'] as const;
export type Handoff = (typeof HANDOFFS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralSignalSchema = z.strictObject({
  kind: z.enum(SIGNAL_KINDS),
  amountBand: amountBandSchema.optional(),
});

export const followUpSchema = z
  .strictObject({
    channel: z.enum(FOLLOW_UP_CHANNELS),
    windowStart: isoDateTimeSchema.optional(),
    windowEnd: isoDateTimeSchema.optional(),
  })
  .refine(
    (f) => !f.windowStart || !f.windowEnd || Date.parse(f.windowEnd) >= Date.parse(f.windowStart),
    {
      message: 'windowEnd must not be before windowStart',
      path: ['windowEnd'],
    },
  );

/** Name and phone of the client: only ever present when the client consented to be contacted. */
export const contactSchema = z.strictObject({
  name: plainTextSchema(64),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 -]{4,19}$/, 'phone: digits, spaces, dashes, optional +')
    .refine(isPhoneLike, {
      message: 'phone: looks like a card, account or ID number, not a phone number',
      params: { error: TEXT_PROBLEM_CODES.identifier },
    }),
});

export const outcomeSchema = z.strictObject({
  product: plainTextSchema(64).optional(),
  amountBand: amountBandSchema.optional(),
  reason: safeTextSchema(280).optional(),
});

/** Field shape of a referral, without the cross-field rules (so other schemas can extend it). */
export const referralShape = {
  id: uuidSchema,
  branchId: branchIdSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  referrerStaffId: staffIdSchema,
  referrerRole: z.enum(STAFF_ROLES),
  /** Lobby manager who guided the client (dual credit). */
  secondCreditStaffId: staffIdSchema.optional(),
  /**
   * HMAC-SHA-256 (hex) of the client's identity (lib/privacy/client-identity), computed on the
   * device with the branch key. Absent when the screen showed nothing that identifies the
   * client: the referral stands on its own, unlinked to the client's other visits.
   */
  clientRef: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'clientRef: 64 lowercase hex characters')
    .optional(),
  /** The visit at the counter it was made in (a random id, no PII): one referral per visit. */
  visitId: uuidSchema.optional(),
  cardLast4: z
    .string()
    .regex(/^[0-9]{4}$/, 'cardLast4: exactly 4 digits')
    .optional(),
  /** The client's name masked to its first character ("张*"), as the terminal page showed it. */
  clientInitial: clientInitialSchema.optional(),
  /** The counter or window the client is at ("3号窗口"), from the referring device's settings. */
  counterLabel: counterLabelSchema.optional(),
  tier: z.enum(TIERS),
  signals: z.array(referralSignalSchema).max(20),
  summary: safeTextSchema(280),
  tellerNote: safeTextSchema(280).optional(),
  managerStaffId: staffIdSchema,
  handoff: z.enum(HANDOFFS),
  followUp: followUpSchema.optional(),
  declineReason: safeTextSchema(280).optional(),
  consent: z.boolean(),
  contact: contactSchema.optional(),
  profileVersion: plainTextSchema(64),
  status: z.enum(REFERRAL_STATUSES),
  outcome: outcomeSchema.optional(),
};

type ReferralFields = z.infer<z.ZodObject<typeof referralShape>>;

/** Cross-field rules every referral obeys, wherever it is stored. */
export function checkReferral(r: ReferralFields, ctx: z.RefinementCtx): void {
  if (r.contact && !r.consent) {
    ctx.addIssue({
      code: 'custom',
      path: ['contact'],
      message: 'contact details need the client’s consent',
    });
  }
  if ((r.handoff === 'declined') !== (r.status === 'declined')) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'status is "declined" exactly when handoff is "declined"',
    });
  }
  if (r.status === 'won' && !r.outcome?.product) {
    ctx.addIssue({
      code: 'custom',
      path: ['outcome', 'product'],
      message: 'a won referral needs the product',
    });
  }
  if (r.status === 'lost' && !r.outcome?.reason) {
    ctx.addIssue({
      code: 'custom',
      path: ['outcome', 'reason'],
      message: 'a lost referral needs a reason',
    });
  }
  if (r.secondCreditStaffId && r.secondCreditStaffId === r.referrerStaffId) {
    ctx.addIssue({
      code: 'custom',
      path: ['secondCreditStaffId'],
      message: 'second credit must be another person',
    });
  }
}

export const referralSchema = z.strictObject(referralShape).superRefine(checkReferral);
export type Referral = z.infer<typeof referralSchema>;
export type ReferralSignal = z.infer<typeof referralSignalSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;

export const REFERRAL_EVENT_TYPES = [
  'created',
  'card_handed',
  'declined',
  'undone',
  'status_changed',
  'note',
] as const;
export type ReferralEventType = (typeof REFERRAL_EVENT_TYPES)[number];

const eventBase = {
  id: uuidSchema,
  referralId: uuidSchema,
  at: isoDateTimeSchema,
  /** Per-referral order, assigned by the device that wrote the event (1, 2, 3, …). */
  seq: z.number().int().min(0).max(1_000_000),
  actorStaffId: staffIdSchema,
};

export const referralEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...eventBase,
    type: z.literal('created'),
    data: z.strictObject({ handoff: z.enum(HANDOFFS) }).optional(),
  }),
  z.strictObject({ ...eventBase, type: z.literal('card_handed'), data: followUpSchema.optional() }),
  z.strictObject({
    ...eventBase,
    type: z.literal('declined'),
    data: z.strictObject({ reason: safeTextSchema(280).optional() }).optional(),
  }),
  z.strictObject({
    ...eventBase,
    type: z.literal('undone'),
    data: z.strictObject({ undoneEventId: uuidSchema.optional() }).optional(),
  }),
  z.strictObject({
    ...eventBase,
    type: z.literal('status_changed'),
    data: z.strictObject({
      from: z.enum(REFERRAL_STATUSES),
      to: z.enum(REFERRAL_STATUSES),
      outcome: outcomeSchema.optional(),
    }),
  }),
  z.strictObject({
    ...eventBase,
    type: z.literal('note'),
    data: z.strictObject({ text: safeTextSchema(280).min(1) }),
  }),
]);
export type ReferralEvent = z.infer<typeof referralEventSchema>;
