/**
 * Whom a client manager is to meet and where: the client's masked initial and the counter the
 * referral came from. Both are short and can never carry a name or a number in full.
 */
import { z } from 'zod';
import { plainTextSchema } from './primitives';

/** One letter (any script) and an asterisk, or only the asterisk: "张*", "W*", "*". */
export const CLIENT_INITIAL = /^(?:\p{L}\*|\*)$/u;

export const clientInitialSchema = z
  .string()
  .regex(CLIENT_INITIAL, 'clientInitial: one letter and *, e.g. 张*');

/** "3号窗口", "Counter 3": at most 16 characters, no identifier or run of five digits. */
export const counterLabelSchema = plainTextSchema(16).refine((s) => !/\d{5}/.test(s), {
  message: 'counterLabel: no long numbers',
});
