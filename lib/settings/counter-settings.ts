/**
 * Where this device stands and how the client manager's queue calls for attention: the counter
 * label a referral carries ("3号窗口"), and whether a new meet-now referral also sounds a tone.
 */
import { z } from 'zod';

export const counterSettingsShape = {
  /** Empty: the device has no counter (a client manager's PC). */
  counterLabel: z
    .string()
    .trim()
    .max(16)
    .refine((s) => !/\d{5}/.test(s), 'counter label: no long numbers'),
  /** A short tone with the visible notice; off by default (a quiet branch, a shared office). */
  queueSound: z.boolean(),
};

export const DEFAULT_COUNTER_SETTINGS = { counterLabel: '', queueSound: false };
