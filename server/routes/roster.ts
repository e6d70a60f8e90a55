/** GET/PUT /v1/roster and PATCH /v1/roster/:staffId/availability. */
import { Hono } from 'hono';
import {
  availabilityRequestSchema,
  availabilityResponseSchema,
  rosterReplaceRequestSchema,
  rosterResponseSchema,
} from '../../lib/contracts/roster';
import { staffIdSchema } from '../../lib/contracts/primitives';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { forbidden, notFound } from '../http/errors';
import { readParam } from '../http/path-params';
import { checkedJson, readBody } from '../http/read-json';
import { listRoster, replaceRoster, setAvailability } from '../repo/roster';
import type { RouteDeps } from './deps';

export function rosterRoutes({ db, clock }: RouteDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const auth = c.get('auth');
      return checkedJson(c, rosterResponseSchema, {
        managers: await listRoster(db, auth.branchId),
      });
    })
    .put('/', async (c) => {
      const auth = requireRole(c, ['admin']);
      const { managers } = await readBody(c, rosterReplaceRequestSchema);
      if (managers.some((m) => m.branchId !== auth.branchId))
        throw forbidden('every manager must belong to your branch');
      // Only the caller's branch is replaced and audited; other branches' rows are not touched.
      await replaceRoster(db, managers, [auth.branchId], clock.now(), `token:${auth.tokenId}`);
      return checkedJson(c, rosterResponseSchema, {
        managers: await listRoster(db, auth.branchId),
      });
    })
    .patch('/:staffId/availability', async (c) => {
      const auth = c.get('auth');
      const staffId = readParam(c, 'staffId', staffIdSchema, 'not a staff id');
      const allowed =
        (auth.role === 'client_manager' && auth.staffId === staffId) ||
        auth.role === 'supervisor' ||
        auth.role === 'admin';
      if (!allowed)
        throw forbidden(
          'only the manager themself, a supervisor or an admin may change availability',
        );
      const { available } = await readBody(c, availabilityRequestSchema);
      const updated = await setAvailability(
        db,
        auth.branchId,
        staffId,
        available,
        clock.now(),
        `token:${auth.tokenId}`,
      );
      if (!updated) throw notFound('no such client manager in your branch');
      return checkedJson(c, availabilityResponseSchema, { manager: updated });
    });
}
