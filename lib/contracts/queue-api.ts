/** `GET /v1/referrals/queue`: a client manager's open referrals, in the order to work them. */
import { z } from 'zod';
import { serverReferralSchema } from './server-referral';
import { staffIdSchema } from './primitives';

export const QUADRANTS = ['quick_win', 'cultivate', 'low_priority', 'let_go'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const DUE_STATES = ['overdue', 'today', 'open', 'upcoming', 'none'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const reasonSchema = z.strictObject({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
});

export const placementSchema = z.strictObject({
  quadrant: z.enum(QUADRANTS),
  potential: z.number(),
  cost: z.number(),
  highPotential: z.boolean(),
  highCost: z.boolean(),
  /** The quadrant in words first, then each factor that moved the scores. */
  reasons: z.array(reasonSchema),
});

export const queueItemSchema = z.strictObject({
  referral: serverReferralSchema,
  placement: placementSchema,
  due: z.enum(DUE_STATES),
  /** The agreed follow-up falls due today or is overdue. */
  dueToday: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueQuerySchema = z.strictObject({
  /** Supervisors name the manager; a client manager gets their own queue. */
  manager: staffIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const queueResponseSchema = z.strictObject({
  managerStaffId: staffIdSchema,
  /** Local date in the branch's time zone that "due today" refers to. */
  today: z.string(),
  timeZone: z.string(),
  items: z.array(queueItemSchema),
  /** Open referrals beyond `limit`. */
  more: z.number().int().nonnegative(),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;
