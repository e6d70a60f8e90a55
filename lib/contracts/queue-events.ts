/**
 * `GET /v1/referrals/queue/events`: server-sent events telling an open queue page that one of its
 * referrals changed, so it reloads the queue at once instead of at the next pull. An event names
 * the referral and what happened; it carries no client data (no name, card digits or contact), so
 * nothing personal sits in a proxy's buffer or a log of the stream.
 */
import { z } from 'zod';
import { REFERRAL_STATUSES } from './referral';
import { uuidSchema } from './primitives';

export const QUEUE_EVENTS_PATH = '/v1/referrals/queue/events';

/** `event: ready` — sent once when the stream opens; the page reloads its queue then. */
export const queueReadySchema = z.strictObject({ pollMs: z.number().int().positive() });

/** `event: referral` — one referral assigned to the listener (or in their branch) changed. */
export const queueEventSchema = z.strictObject({
  referralId: uuidSchema,
  status: z.enum(REFERRAL_STATUSES),
  /** A client waits in the lobby now: a new, open meet-now referral. */
  meetNow: z.boolean(),
  withdrawn: z.boolean(),
});
export type QueueEvent = z.infer<typeof queueEventSchema>;
