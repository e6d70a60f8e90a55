/** GET /v1/referrals/queue: a client manager's open referrals in the order to work them. */
import { Hono } from 'hono';
import { queueQuerySchema, queueResponseSchema } from '../../lib/contracts/queue-api';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { HttpError, forbidden } from '../http/errors';
import { checkedJson, readQuery } from '../http/read-json';
import { managerQueue } from '../repo/queue';
import { seesContact } from '../repo/visibility';
import type { ReportDeps } from './report-deps';

export function queueRoutes({ db, clock, zone }: ReportDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const auth = requireRole(c, ['client_manager', 'supervisor']);
    const query = readQuery(c, queueQuerySchema);
    let managerStaffId: string;
    if (auth.role === 'client_manager') {
      if (query.manager && query.manager !== auth.staffId)
        throw forbidden('a client manager sees only their own queue');
      managerStaffId = auth.staffId;
    } else {
      if (!query.manager)
        throw new HttpError(400, 'invalid_request', {
          message: 'name the client manager: ?manager=<staff id>',
        });
      managerStaffId = query.manager;
    }
    const queue = await managerQueue(db, {
      branchId: auth.branchId,
      managerStaffId,
      includeContact: seesContact(auth),
      limit: query.limit ?? 200,
      now: clock.now(),
      zone,
    });
    return checkedJson(c, queueResponseSchema, queue);
  });
}
