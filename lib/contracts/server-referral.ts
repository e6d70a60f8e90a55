/** A referral as the server returns it: the pushed referral with the server's status and outcome. */
import { z } from 'zod';
import { checkReferral, referralShape } from './referral';
import { isoDateTimeSchema } from './primitives';

export const serverReferralSchema = z
  .strictObject({
    ...referralShape,
    /** Set when the referring device withdrew the referral (an `undone` event). */
    undoneAt: isoDateTimeSchema.optional(),
  })
  .superRefine(checkReferral);
export type ServerReferral = z.infer<typeof serverReferralSchema>;
