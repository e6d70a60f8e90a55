/** POST /v1/sync/push and GET /v1/sync/pull. */
import { Hono } from 'hono';
import {
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
import { loadReferrals } from '../repo/list';
import { pushBatch } from '../repo/push';
import { unknownStaff } from '../repo/staff-check';
import { READER_ROLES } from '../repo/visibility';
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
      const page = await readChanges(db, auth, parseCursor(query.cursor), query.limit ?? 200);
      const changes = await loadReferrals(db, auth, page.referralIds);
      return checkedJson(c, pullResponseSchema, {
        changes,
        cursor: formatCursor(page.cursor),
        hasMore: page.hasMore,
      });
    });
}
