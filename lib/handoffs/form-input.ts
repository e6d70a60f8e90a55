/**
 * From the panel's handoff form to `createReferral`'s input: one pure function per button, so the
 * one-click actions and their keyboard commands build exactly the same thing.
 */
import type { CardFollowUpChannel, HandoffInput } from './types';

export const FOLLOW_UP_WINDOWS = ['today', '3days', 'week'] as const;
export type FollowUpWindow = (typeof FOLLOW_UP_WINDOWS)[number];
export const CARD_CHANNELS = [
  'phone',
  'wechat',
  'visit',
  'client_will_call',
] as const satisfies readonly CardFollowUpChannel[];
export const DECLINE_REASONS = ['no_time', 'no_need', 'has_advisor', 'privacy'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export interface HandoffFormState {
  managerStaffId: string;
  consent: boolean;
  contactName: string;
  contactPhone: string;
  tellerLine: string;
  channel: CardFollowUpChannel;
  window: FollowUpWindow;
  declineReason?: DeclineReason;
}

const DAY = 86_400_000;

/** The follow-up window from `now`: today ends at midnight local time. */
export function windowRange(
  window: FollowUpWindow,
  now: Date,
): { windowStart: string; windowEnd: string } {
  const endOfToday = new Date(now);
  endOfToday.setHours(23, 59, 59, 0);
  const end =
    window === 'today'
      ? endOfToday
      : new Date(endOfToday.getTime() + (window === '3days' ? 3 : 7) * DAY);
  return { windowStart: now.toISOString(), windowEnd: end.toISOString() };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

function contactOf(form: HandoffFormState) {
  if (!form.consent) return undefined;
  const name = optional(form.contactName);
  const phone = optional(form.contactPhone);
  return name && phone ? { name, phone } : undefined;
}

export function referNowInput(form: HandoffFormState): HandoffInput {
  return {
    handoff: 'refer_now',
    managerStaffId: form.managerStaffId,
    consent: form.consent,
    contact: contactOf(form),
    tellerNote: optional(form.tellerLine),
  };
}

export function handCardInput(form: HandoffFormState, now: Date): HandoffInput {
  return {
    handoff: 'card_handed',
    managerStaffId: form.managerStaffId,
    followUp: { channel: form.channel, ...windowRange(form.window, now) },
    consent: form.consent,
    contact: contactOf(form),
    tellerNote: optional(form.tellerLine),
  };
}

/** The decline reason is a fixed chip, stored by its zh-CN label (readable in the tracking form). */
export function notNowInput(form: HandoffFormState, reasonText?: string): HandoffInput {
  return {
    handoff: 'declined',
    managerStaffId: form.managerStaffId,
    reason: reasonText,
    tellerNote: optional(form.tellerLine),
  };
}
