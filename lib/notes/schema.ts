/**
 * A discreet note about a client, attached to the client reference (keyed hash), never to a name.
 * Chips for almost everything; the two short free-text fields must already be scrubbed
 * (lib/privacy scrubText); a phone number is allowed only in `contact.phone`, only with consent.
 */
import { z } from 'zod';
import {
  branchIdSchema,
  isoDateTimeSchema,
  staffIdSchema,
  uuidSchema,
} from '../contracts/primitives';
import { scrubText } from '../privacy/scrub';
import {
  AGE_BANDS,
  ASSET_BANDS,
  CONTACT_CHANNELS,
  CONTACT_TIMES,
  INTERESTS,
  LANGUAGES,
  LIFE_STAGES,
  OCCUPATIONS,
  PRODUCTS_HELD,
  RISK_ATTITUDES,
} from './chips';

/** Short free text that holds no card, account, ID or phone number and no control characters. */
export function scrubbedTextSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => scrubText(s) === s, {
      message: 'must not contain a card, account, ID or phone number',
    })
    .refine((s) => !/[\p{Cc}\u2028\u2029]/u.test(s), {
      message: 'must not contain control characters or line breaks',
    });
}

/** Mainland mobile (11 digits) or fixed line with area code, digits only. */
export const notePhoneSchema = z
  .string()
  .regex(
    /^(?:1[3-9][0-9]{9}|0[1-9][0-9]{8,10})$/,
    'phone: a mainland mobile or a fixed line with area code',
  );

const chipSet = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((a) => new Set(a).size === a.length, { message: 'each choice at most once' });

export const noteGroupsShape = {
  basic: z.strictObject({
    ageBand: z.enum(AGE_BANDS).optional(),
    language: z.enum(LANGUAGES).optional(),
  }),
  characteristics: z.strictObject({
    lifeStage: z.enum(LIFE_STAGES).optional(),
    riskAttitude: z.enum(RISK_ATTITUDES).optional(),
    interests: chipSet(INTERESTS).optional(),
  }),
  contact: z.strictObject({
    /** The client agreed to be contacted: the only case in which `phone` may be kept. */
    consent: z.boolean(),
    channels: chipSet(CONTACT_CHANNELS).optional(),
    bestTimes: chipSet(CONTACT_TIMES).optional(),
    phone: notePhoneSchema.optional(),
  }),
  occupation: z.strictObject({
    kind: z.enum(OCCUPATIONS).optional(),
    detail: scrubbedTextSchema(40).optional(),
  }),
  wealth: z.strictObject({
    assetBand: z.enum(ASSET_BANDS).optional(),
    productsHeld: chipSet(PRODUCTS_HELD).optional(),
  }),
};

export const noteSchema = z
  .strictObject({
    id: uuidSchema,
    clientRef: z.string().regex(/^[0-9a-f]{64}$/, 'clientRef: 64 lowercase hex characters'),
    branchId: branchIdSchema.optional(),
    authorStaffId: staffIdSchema,
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
    basic: noteGroupsShape.basic.optional(),
    characteristics: noteGroupsShape.characteristics.optional(),
    contact: noteGroupsShape.contact.optional(),
    occupation: noteGroupsShape.occupation.optional(),
    wealth: noteGroupsShape.wealth.optional(),
    remark: scrubbedTextSchema(200).optional(),
  })
  .superRefine((note, ctx) => {
    if (note.contact?.phone && !note.contact.consent) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'phone'],
        message: 'a phone number needs the client’s consent',
      });
    }
  });

export type Note = z.infer<typeof noteSchema>;
export type NoteBasic = z.infer<typeof noteGroupsShape.basic>;
export type NoteCharacteristics = z.infer<typeof noteGroupsShape.characteristics>;
export type NoteContact = z.infer<typeof noteGroupsShape.contact>;
export type NoteOccupation = z.infer<typeof noteGroupsShape.occupation>;
export type NoteWealth = z.infer<typeof noteGroupsShape.wealth>;
