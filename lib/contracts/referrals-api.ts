/** `GET /v1/referrals` and `PATCH /v1/referrals/:id/status`. */
import { z } from 'zod';
import { REFERRAL_STATUSES, outcomeSchema, type ReferralStatus } from './referral';
import { serverReferralSchema } from './server-referral';

/** The client manager's pipeline: new → contacted → met → won / lost (lost is possible at every step). */
export const STATUS_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  new: ['contacted', 'lost'],
  contacted: ['met', 'lost'],
  met: ['won', 'lost'],
  won: [],
  lost: [],
  declined: [],
};

export const listReferralsQuerySchema = z.strictObject({
  status: z.enum(REFERRAL_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** Opaque page token from the previous page's `next`. */
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional(),
});

export const listReferralsResponseSchema = z.strictObject({
  referrals: z.array(serverReferralSchema),
  next: z.string().optional(),
});
export type ListReferralsResponse = z.infer<typeof listReferralsResponseSchema>;

export const statusUpdateRequestSchema = z
  .strictObject({
    status: z.enum(['contacted', 'met', 'won', 'lost']),
    outcome: outcomeSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.status === 'won' && !b.outcome?.product) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome', 'product'],
        message: 'won needs the product',
      });
    }
    if (b.status === 'lost' && !b.outcome?.reason) {
      ctx.addIssue({ code: 'custom', path: ['outcome', 'reason'], message: 'lost needs a reason' });
    }
    if ((b.status === 'contacted' || b.status === 'met') && b.outcome) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'an outcome is recorded only with won or lost',
      });
    }
  });
export type StatusUpdateRequest = z.infer<typeof statusUpdateRequestSchema>;

export const statusUpdateResponseSchema = z.strictObject({
  referral: serverReferralSchema,
  /** false when the referral already had exactly this status and outcome (a retry). */
  changed: z.boolean(),
});
export type StatusUpdateResponse = z.infer<typeof statusUpdateResponseSchema>;
