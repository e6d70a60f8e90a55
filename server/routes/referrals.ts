/** GET /v1/referrals and PATCH /v1/referrals/:id/status. */
import { Hono } from 'hono';
import {
  listReferralsQuerySchema,
  listReferralsResponseSchema,
  statusUpdateRequestSchema,
  statusUpdateResponseSchema,
} from '../../lib/contracts/referrals-api';
import { uuidSchema } from '../../lib/contracts/primitives';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { readParam } from '../http/path-params';
import { checkedJson, readBody, readQuery } from '../http/read-json';
import { listReferrals } from '../repo/list';
import { updateStatus } from '../repo/status';
import { READER_ROLES } from '../repo/visibility';
import type { RouteDeps } from './deps';

export function referralRoutes({ db, clock }: RouteDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const auth = requireRole(c, READER_ROLES);
      const query = readQuery(c, listReferralsQuerySchema);
      return checkedJson(c, listReferralsResponseSchema, await listReferrals(db, auth, query));
    })
    .patch('/:id/status', async (c) => {
      const auth = requireRole(c, ['client_manager', 'supervisor']);
      const id = readParam(c, 'id', uuidSchema, 'not a referral id (a UUID)');
      const body = await readBody(c, statusUpdateRequestSchema);
      return checkedJson(
        c,
        statusUpdateResponseSchema,
        await updateStatus(db, auth, id, body, clock.now()),
      );
    });
}
