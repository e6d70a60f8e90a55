/**
 * Validates a push body item by item, so that every refusal names the item (`id`, `index`) and a
 * device can set exactly that item aside while the rest of its outbox keeps syncing.
 */
import type { z } from 'zod';
import { REFERRER_ROLES_BY_TOKEN_ROLE } from '../../lib/contracts/auth';
import {
  MAX_PUSH_ITEMS,
  pushEnvelopeSchema,
  pushEventSchema,
  pushReferralSchema,
  type PushErrorDetails,
} from '../../lib/contracts/sync';
import type { Referral, ReferralEvent } from '../../lib/contracts/referral';
import { implausibleDeviceTime, type DeviceTimePolicy } from './device-time';
import type { AuthInfo } from './env';
import { HttpError, summariseIssues, textErrorCode, validationError } from './errors';

type ItemError = PushErrorDetails['items'][number];

export interface PushInput {
  referrals: Referral[];
  events: ReferralEvent[];
}

export function parsePushInput(
  body: unknown,
  auth: AuthInfo,
  now: Date,
  times: DeviceTimePolicy,
): PushInput {
  const envelope = pushEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    const tooMany = envelope.error.issues.some((i) => i.code === 'too_big');
    if (tooMany)
      throw new HttpError(413, 'too_many_items', {
        message: `at most ${MAX_PUSH_ITEMS} items per batch`,
        max: MAX_PUSH_ITEMS,
      });
    throw validationError(envelope.error);
  }
  const rawReferrals = envelope.data.referrals ?? [];
  const rawEvents = envelope.data.events ?? [];
  const total = rawReferrals.length + rawEvents.length;
  if (total > MAX_PUSH_ITEMS) {
    throw new HttpError(413, 'too_many_items', {
      message: `at most ${MAX_PUSH_ITEMS} items per batch`,
      max: MAX_PUSH_ITEMS,
    });
  }
  if (total === 0)
    throw new HttpError(400, 'empty_batch', { message: 'send at least one referral or event' });

  const invalid: ItemError[] = [];
  const referrals = parseItems(rawReferrals, pushReferralSchema, 'referral', invalid);
  const events = parseItems(rawEvents, pushEventSchema, 'event', invalid);
  if (invalid.length)
    throw new HttpError(400, 'invalid_items', { items: invalid } satisfies PushErrorDetails);

  const refused: ItemError[] = [];
  const roles = REFERRER_ROLES_BY_TOKEN_ROLE[auth.role];
  referrals.forEach((r, index) => {
    const why =
      r.branchId !== auth.branchId
        ? `branch ${r.branchId} is not your branch`
        : r.referrerStaffId !== auth.staffId
          ? 'you can only push referrals you made'
          : !roles.includes(r.referrerRole)
            ? `role ${auth.role} cannot refer as ${r.referrerRole}`
            : undefined;
    if (why) refused.push({ kind: 'referral', index, id: r.id, error: why });
  });
  events.forEach((e, index) => {
    if (e.actorStaffId !== auth.staffId)
      refused.push({ kind: 'event', index, id: e.id, error: 'you can only push your own events' });
  });
  if (refused.length)
    throw new HttpError(403, 'forbidden', { items: refused } satisfies PushErrorDetails);

  const implausible: ItemError[] = [];
  referrals.forEach((r, index) => {
    const why =
      implausibleDeviceTime('createdAt', r.createdAt, now, times) ??
      implausibleDeviceTime('updatedAt', r.updatedAt, now, times);
    if (why) implausible.push({ kind: 'referral', index, id: r.id, error: why });
  });
  events.forEach((e, index) => {
    const why = implausibleDeviceTime('at', e.at, now, times);
    if (why) implausible.push({ kind: 'event', index, id: e.id, error: why });
  });
  if (implausible.length)
    throw new HttpError(422, 'implausible_time', {
      items: implausible,
    } satisfies PushErrorDetails);
  return { referrals, events };
}

function parseItems<S extends z.ZodType>(
  raw: unknown[],
  schema: S,
  kind: ItemError['kind'],
  errors: ItemError[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      out.push(result.data);
      return;
    }
    const id =
      typeof item === 'object' &&
      item !== null &&
      'id' in item &&
      typeof item.id === 'string' &&
      item.id.length <= 64
        ? item.id
        : undefined;
    errors.push({
      kind,
      index,
      ...(id ? { id } : {}),
      error: textErrorCode(result.error) ?? 'invalid',
      issues: summariseIssues(result.error),
    });
  });
  return out;
}
