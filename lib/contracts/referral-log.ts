/**
 * The supervisor's referral log (推介跟踪表): `GET /v1/referral-log` (a page of rows) and
 * `GET /v1/referral-log/export` (the whole filtered log as CSV or JSON). One row shape serves the
 * server's log, its export and the extension's offline export of its local log (lib/export).
 */
import { z } from 'zod';
import { STAFF_ROLES } from '../roles';
import { SIGNAL_KINDS, TIERS } from '../signals/kinds';
import {
  HANDOFFS,
  REFERRAL_STATUSES,
  contactSchema,
  followUpSchema,
  outcomeSchema,
  referralSignalSchema,
} from './referral';
import { isoDateTimeSchema, staffIdSchema, textRefinement, uuidSchema } from './primitives';

/** A local calendar date in the branch's time zone, 'YYYY-MM-DD'. */
export const localDateSchema = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a calendar date',
    },
  );

/** `a,b,c` in a query string → a non-empty list of known values. */
function listParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1).max(values.length));
}

/** Search text: no identifier, run of 5+ digits or control character (it may be logged). */
const searchSchema = z.string().trim().min(1).max(100).superRefine(textRefinement({}));

/** Filters shared by the log, its export and its stats. Dates are inclusive local days. */
export const referralLogFilterShape = {
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  /** The referring teller or lobby manager (also matches the second credit). */
  referrer: staffIdSchema.optional(),
  manager: staffIdSchema.optional(),
  /** Comma-separated: `new,contacted`. */
  status: listParam(REFERRAL_STATUSES).optional(),
  signal: listParam(SIGNAL_KINDS).optional(),
  tier: listParam(TIERS).optional(),
  /** Words in the summary (case-insensitive substring). */
  q: searchSchema.optional(),
};

export const LOG_SORTS = ['createdAt', 'status', 'manager', 'daysToOutcome'] as const;
export type LogSort = (typeof LOG_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Without `order`: newest first by date; the pipeline, managers and days to outcome ascending. */
export function defaultSortOrder(sort: LogSort): SortOrder {
  return sort === 'createdAt' ? 'desc' : 'asc';
}

const sortShape = {
  /** createdAt (default), status (pipeline order), manager, daysToOutcome (open ones last). */
  sort: z.enum(LOG_SORTS).optional(),
  /** Default: desc for createdAt, asc for the others. */
  order: z.enum(SORT_ORDERS).optional(),
};

const dateRangeOk = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const dateRangeIssue = { message: 'from must not be after to', path: ['to'] };

export const referralLogFiltersSchema = z
  .strictObject(referralLogFilterShape)
  .refine(dateRangeOk, dateRangeIssue);
export type ReferralLogFilters = z.output<typeof referralLogFiltersSchema>;

export const MAX_LOG_PAGE = 500;

export const referralLogQuerySchema = z
  .strictObject({
    ...referralLogFilterShape,
    ...sortShape,
    limit: z.coerce.number().int().min(1).max(MAX_LOG_PAGE).optional(),
    /** Keyset paging: the `next` of the previous page (same sort and order). */
    after: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/)
      .optional(),
    /** Offset paging, for jumping (a virtualised table dragged to row 50,000). */
    offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
    /**
     * `false`: leave `total` out of the answer. Counting every matching row is most of a page's
     * cost on a large branch, so a client that already has the total (later pages of the same
     * filters) skips it. Default `true`.
     */
    total: z.enum(['true', 'false']).optional(),
  })
  .refine(dateRangeOk, dateRangeIssue)
  .refine((q) => q.after === undefined || q.offset === undefined, {
    message: 'use either after or offset',
    path: ['offset'],
  });
export type ReferralLogQuery = z.output<typeof referralLogQuerySchema>;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LANGS = ['zh', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];
export const MIN_CONTACT_REASON = 5;

export const referralLogExportQuerySchema = z
  .strictObject({
    ...referralLogFilterShape,
    ...sortShape,
    format: z.enum(EXPORT_FORMATS).optional(),
    /** Header and label language of the CSV (zh-CN by default). */
    lang: z.enum(EXPORT_LANGS).optional(),
    /** Contact details of consenting clients: needs `reason` and is audited. */
    includeContact: z.enum(['true', 'false']).optional(),
    /** Why contact details are exported (≥ 5 characters; kept in the audit log). */
    reason: z.string().trim().max(200).superRefine(textRefinement({})).optional(),
  })
  .refine(dateRangeOk, dateRangeIssue);
export type ReferralLogExportQuery = z.output<typeof referralLogExportQuerySchema>;

/**
 * One row of the tracking form. `clientRef` is only the first 8 hex characters of the keyed hash;
 * absent when the referral is not linked to a client (nothing on screen identified them).
 */
export const referralLogRowSchema = z.strictObject({
  id: uuidSchema,
  createdAt: isoDateTimeSchema,
  referrerStaffId: staffIdSchema,
  referrerRole: z.enum(STAFF_ROLES),
  secondCreditStaffId: staffIdSchema.optional(),
  clientRef: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional(),
  tier: z.enum(TIERS),
  signals: z.array(referralSignalSchema),
  summary: z.string(),
  /** The teller's note (补充一句), scrubbed when it was written; gone once retention purged it. */
  tellerNote: z.string().optional(),
  managerStaffId: staffIdSchema,
  managerName: z.string().optional(),
  handoff: z.enum(HANDOFFS),
  followUp: followUpSchema.optional(),
  declineReason: z.string().optional(),
  consent: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  outcome: outcomeSchema.optional(),
  /** When the referral was won or lost. */
  outcomeAt: isoDateTimeSchema.optional(),
  /** Whole days from referral to won/lost. */
  daysToOutcome: z.number().int().nonnegative().optional(),
  updatedAt: isoDateTimeSchema,
  /** Only in an export with includeContact, only for clients who consented. */
  contact: contactSchema.optional(),
});
export type ReferralLogRow = z.infer<typeof referralLogRowSchema>;

export const referralLogPageSchema = z.strictObject({
  rows: z.array(referralLogRowSchema),
  /** Rows matching the filters (all pages); absent when the request said `total=false`. */
  total: z.number().int().nonnegative().optional(),
  /** Pass as `after` for the next page; absent on the last page. */
  next: z.string().optional(),
});
export type ReferralLogPage = z.infer<typeof referralLogPageSchema>;
