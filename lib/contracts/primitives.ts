/**
 * Small zod building blocks shared by the referral model, the sync API and the server.
 * Everything that crosses the wire is built from these, so the extension and the server agree.
 */
import { z } from 'zod';
import {
  TEXT_PROBLEM_CODES,
  TEXT_PROBLEM_MESSAGES,
  textProblem,
  type TextCheckOptions,
} from '../privacy/text-check';

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

export { hasLongDigitRun } from '../privacy/text-check';

/** Adds the shared free-text check (lib/privacy/text-check.ts) as zod issues naming the problem. */
export function textRefinement(options: TextCheckOptions) {
  return (s: string, ctx: z.RefinementCtx<string>) => {
    const problem = textProblem(s, options);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: TEXT_PROBLEM_MESSAGES[problem],
        params: { error: TEXT_PROBLEM_CODES[problem] },
      });
  };
}

/** The server's error code carried by a zod issue from `checkText`, if it is one. */
export function textIssueCode(issue: { code: string; params?: unknown }): string | undefined {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null)
    return undefined;
  const code = (issue.params as { error?: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Privacy-safe free text: at most `max` characters, no card, account, ID or phone number however
 * it is written (spaces, dashes, line breaks, zero-width or bidi characters, full-width digits),
 * no other run of five or more digits (exact amounts belong in bands), no control characters
 * other than tab and line breaks, no bidirectional formatting, no lone surrogates.
 */
export function safeTextSchema(max = 280) {
  return z
    .string()
    .max(max)
    .superRefine(textRefinement({ allowLineBreaks: true }));
}

/**
 * Short text such as a name or a product: trimmed, 1–`max` characters, no identifier, control
 * character or lone surrogate (longer numbers that are no identifier, like product codes, pass).
 */
export function plainTextSchema(max = 64) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine(textRefinement({ allowLongNumbers: true }));
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
