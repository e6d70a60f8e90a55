/**
 * Small zod building blocks shared by the referral model, the sync API and the server.
 * Everything that crosses the wire is built from these, so the extension and the server agree.
 */
import { z } from 'zod';

/** Staff ids as the bank issues them (e.g. T001, CM07): short, no spaces. */
export const staffIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'staff id: 1–32 letters, digits, _ . -');

/** Branch codes (e.g. 0101). */
export const branchIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/, 'branch id: 1–16 letters, digits, _ -');

/** ISO 8601 date-time with Z or an offset (the device's local offset is fine). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const uuidSchema = z.uuid();

/** Any run of 5+ digits (ASCII, full-width or other decimal digits) could be an identifier or an amount. */
const LONG_DIGIT_RUN = /\p{Nd}{5,}/u;

export function hasLongDigitRun(text: string): boolean {
  return LONG_DIGIT_RUN.test(text);
}

/**
 * Privacy-safe free text: at most `max` characters, no run of five or more digits (card, account,
 * ID and phone numbers and exact amounts all fail this), no control characters.
 */
export function safeTextSchema(max = 280) {
  return z
    .string()
    .max(max)
    .refine((s) => !hasLongDigitRun(s), { message: 'must not contain a run of 5 or more digits' })
    .refine((s) => !/\p{Cc}/u.test(s.replace(/[\t\n\r]/g, '')), {
      message: 'must not contain control characters',
    });
}

/** An amount shown only as a band, in CNY (lib/signals/kinds.ts AmountBand). */
export const amountBandSchema = z
  .strictObject({
    min: z.number().int().nonnegative(),
    max: z.number().int().positive().nullable(),
  })
  .refine((b) => b.max === null || b.max > b.min, {
    message: 'max must be greater than min',
    path: ['max'],
  });

/** Error body of every 4xx/5xx response. */
export const errorBodySchema = z.strictObject({
  error: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
