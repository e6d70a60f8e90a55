/** GET /v1/referral-log (one page of the tracking form) and GET /v1/referral-log/stats (supervisor). */
import { Hono } from 'hono';
import {
  referralLogFiltersSchema,
  referralLogPageSchema,
  referralLogQuerySchema,
} from '../../lib/contracts/referral-log';
import { referralStatsSchema } from '../../lib/contracts/referral-stats';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { checkedJson, readQuery } from '../http/read-json';
import { referralStats } from '../repo/log-stats';
import { listLog } from '../repo/referral-log';
import type { ReportDeps } from './report-deps';

export function referralLogRoutes({ db, clock, zone }: ReportDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const auth = requireRole(c, ['supervisor']);
      const { sort, order, limit, after, offset, total, ...filters } = readQuery(
        c,
        referralLogQuerySchema,
      );
      const page = await listLog(db, {
        branchId: auth.branchId,
        filters,
        zone,
        ...(sort ? { sort } : {}),
        ...(order ? { order } : {}),
        ...(limit ? { limit } : {}),
        ...(after ? { after } : {}),
        ...(offset ? { offset } : {}),
        withTotal: total !== 'false',
      });
      return checkedJson(c, referralLogPageSchema, page);
    })
    .get('/stats', async (c) => {
      const auth = requireRole(c, ['supervisor']);
      const filters = readQuery(c, referralLogFiltersSchema);
      return checkedJson(
        c,
        referralStatsSchema,
        await referralStats(db, auth.branchId, filters, zone, clock.now()),
      );
    });
}
