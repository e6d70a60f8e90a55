/** POST /v1/sync/push and GET /v1/sync/pull. */
import { Hono } from 'hono';
import {
  PULL_PAGE_SIZE,
  pullQuerySchema,
  pullResponseSchema,
  pushResponseSchema,
  type PushErrorDetails,
} from '../../lib/contracts/sync';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { HttpError } from '../http/errors';
import { parsePushInput } from '../http/push-input';
import { checkedJson, readJsonBody, readQuery } from '../http/read-json';
import { formatCursor, parseCursor, readChanges } from '../repo/changes';
import { pushBatch } from '../repo/push';
import { rowToServerReferral } from '../repo/referral-rows';
import { unknownStaff } from '../repo/staff-check';
import { READER_ROLES, seesContact } from '../repo/visibility';
import type { DeviceTimePolicy } from '../http/device-time';
import type { RouteDeps } from './deps';

export function syncRoutes({
  db,
  clock,
  deviceTimes,
}: RouteDeps & { deviceTimes: DeviceTimePolicy }) {
  return new Hono<AppEnv>()
    .post('/push', async (c) => {
      const auth = requireRole(c, ['teller', 'lobby']);
      const now = clock.now();
      const { referrals, events } = parsePushInput(await readJsonBody(c), auth, now, deviceTimes);
      const unknown = await unknownStaff(db, auth.branchId, referrals);
      if (unknown.length)
        throw new HttpError(422, 'unknown_staff', { items: unknown } satisfies PushErrorDetails);
      const result = await pushBatch(db, auth, referrals, events, now);
      return checkedJson(c, pushResponseSchema, result);
    })
    .get('/pull', async (c) => {
      const auth = requireRole(c, READER_ROLES);
      const query = readQuery(c, pullQuerySchema);
      // A larger `limit` (up to MAX_PULL_LIMIT, which older clients may send) gets a full page.
      const limit = Math.min(query.limit ?? PULL_PAGE_SIZE, PULL_PAGE_SIZE);
      const page = await readChanges(db, auth, parseCursor(query.cursor), limit);
      const contact = seesContact(auth);
      return checkedJson(c, pullResponseSchema, {
        changes: page.referrals.map((row) => rowToServerReferral(row, contact)),
        cursor: formatCursor(page.cursor),
        hasMore: page.hasMore,
      });
    });
}
