/** `GET /v1/referral-log/stats`: the pipeline in numbers, for the supervisor's charts. */
import { z } from 'zod';
import { staffIdSchema } from './primitives';

const count = z.number().int().nonnegative();

/**
 * referred → contacted → met → won, per person. `contacted` and `met` count every referral that
 * reached that step, including ones lost later; `declined` = "not now" (a prompt answered without a
 * referral); averages are whole days from referral to won/lost.
 */
export const funnelCountsSchema = z.strictObject({
  referred: count,
  contacted: count,
  met: count,
  won: count,
  lost: count,
  declined: count,
  /** Won or lost (with a known date). */
  outcomes: count,
  avgDaysToOutcome: z.number().nonnegative().nullable(),
});
export type FunnelCounts = z.infer<typeof funnelCountsSchema>;

export const funnelRowSchema = funnelCountsSchema.extend({
  staffId: staffIdSchema,
  /** Client managers' names from the roster. */
  name: z.string().optional(),
});
export type FunnelRow = z.infer<typeof funnelRowSchema>;

export const weekCountSchema = z.strictObject({
  /** ISO week in the branch's time zone, e.g. 2026-W47. */
  week: z.string().regex(/^[0-9]{4}-W[0-9]{2}$/),
  referred: count,
  declined: count,
});
export type WeekCount = z.infer<typeof weekCountSchema>;

export const referralStatsSchema = z.strictObject({
  timeZone: z.string(),
  totals: funnelCountsSchema,
  byReferrer: z.array(funnelRowSchema),
  byManager: z.array(funnelRowSchema),
  /** Every week from the first to the last with data (empty weeks as zeros). */
  weekly: z.array(weekCountSchema),
  /** Prompts the staff answered: a referral (or handed card), or "not now". */
  prompts: z.strictObject({
    shown: count,
    referred: count,
    declined: count,
    /** referred / shown, or null when nothing was shown. */
    referralRate: z.number().min(0).max(1).nullable(),
  }),
});
export type ReferralStats = z.infer<typeof referralStatsSchema>;
