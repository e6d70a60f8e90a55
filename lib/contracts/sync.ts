/** `POST /v1/sync/push` and `GET /v1/sync/pull`: the wire contract of the outbox drainer. */
import { z } from 'zod';
import { referralEventSchema, referralSchema } from './referral';
import { serverReferralSchema } from './server-referral';

export const MAX_PUSH_ITEMS = 500;
export const MAX_BODY_BYTES = 1024 * 1024;
/** The largest `limit` a pull may ask for (older clients send up to this). */
export const MAX_PULL_LIMIT = 500;
/**
 * The most changes one pull page holds, whatever `limit` asks: pages stay small so that no pull
 * holds the server long; `hasMore` and the returned cursor lead to the rest.
 */
export const PULL_PAGE_SIZE = 100;

/** A device only creates referrals: their status is `new` (or `declined`) and they carry no outcome. */
export const pushReferralSchema = referralSchema.refine(
  (r) => (r.status === 'new' || r.status === 'declined') && !r.outcome,
  {
    message:
      'a pushed referral has status "new" or "declined" and no outcome (outcomes come from the client manager)',
    path: ['status'],
  },
);

/** Status changes are made with PATCH /v1/referrals/:id/status, never pushed. */
export const pushEventSchema = referralEventSchema.refine((e) => e.type !== 'status_changed', {
  message: 'status_changed events are written by the server',
  path: ['type'],
});

/** First stage of validation: the envelope, so that item errors can name the item's id. */
export const pushEnvelopeSchema = z.strictObject({
  referrals: z.array(z.unknown()).max(MAX_PUSH_ITEMS).optional(),
  events: z.array(z.unknown()).max(MAX_PUSH_ITEMS).optional(),
});

export const pushRequestSchema = z
  .strictObject({
    referrals: z.array(pushReferralSchema).max(MAX_PUSH_ITEMS).optional(),
    events: z.array(pushEventSchema).max(MAX_PUSH_ITEMS).optional(),
  })
  .refine((b) => (b.referrals?.length ?? 0) + (b.events?.length ?? 0) <= MAX_PUSH_ITEMS, {
    message: `at most ${MAX_PUSH_ITEMS} items per batch`,
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushItemKindSchema = z.enum(['referral', 'event']);
export type PushItemKind = z.infer<typeof pushItemKindSchema>;

export const pushResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      id: z.string(),
      kind: pushItemKindSchema,
      /** `unchanged`: the server already held exactly this item (a retry). */
      result: z.enum(['created', 'unchanged']),
    }),
  ),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** `details` of a rejected push: which items were refused and why (nothing of the batch was written). */
export const pushErrorDetailsSchema = z.object({
  items: z.array(
    z.object({
      kind: pushItemKindSchema,
      index: z.number().int().optional(),
      id: z.string().optional(),
      error: z.string(),
      issues: z
        .array(z.object({ path: z.string(), message: z.string(), error: z.string().optional() }))
        .optional(),
    }),
  ),
});
export type PushErrorDetails = z.infer<typeof pushErrorDetailsSchema>;

/** Opaque to clients: pass back what the last pull returned ("0" or absent for the beginning). */
export const syncCursorSchema = z
  .string()
  .regex(/^(0|[0-9]{1,19}\.[0-9]{1,19})$/, 'cursor: as returned by the last pull');

export const pullQuerySchema = z.strictObject({
  cursor: syncCursorSchema.optional(),
  /** Changes wanted in this page; the server sends at most PULL_PAGE_SIZE (default and cap). */
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});

export const pullResponseSchema = z.strictObject({
  /** Current state of every referral that changed after the cursor and is visible to the caller. */
  changes: z.array(serverReferralSchema),
  cursor: syncCursorSchema,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
