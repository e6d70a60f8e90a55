/** GET /v1/audit: the branch's audit log, newest first (supervisor, admin). Nobody can change it. */
import { Hono } from 'hono';
import { auditPageSchema, auditQuerySchema } from '../../lib/contracts/audit-api';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { checkedJson, readQuery } from '../http/read-json';
import { auditPage } from '../repo/audit-read';
import type { RouteDeps } from './deps';

export function auditRoutes({ db }: RouteDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const auth = requireRole(c, ['supervisor', 'admin']);
    const query = readQuery(c, auditQuerySchema);
    return checkedJson(c, auditPageSchema, await auditPage(db, auth.branchId, query));
  });
}
