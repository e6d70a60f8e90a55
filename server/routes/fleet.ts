/**
 * Fleet health: every device reports its selector health (`POST /v1/fleet/health`, counts and
 * profile field names only); supervisors read their branch, admins every branch
 * (`GET /v1/fleet`): which device runs which profile / tiering version, and the problems per
 * branch and profile version, each device counted once.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  FLEET_STALE_AFTER_MS,
  fleetOverviewSchema,
  healthAckSchema,
  healthReportSchema,
  healthReportSchemaFor,
} from '../../lib/contracts/fleet-health';
import { checkConfig } from '../../lib/central-config/validate';
import { branchIdSchema } from '../../lib/contracts/primitives';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { forbidden } from '../http/errors';
import { checkedJson, parseWith, readBody, readQuery } from '../http/read-json';
import { getConfigVersion } from '../repo/config-versions';
import { fleetDevices, fleetProblems, recordHealthReport } from '../repo/fleet-health';
import type { RouteDeps } from './deps';

const overviewQuerySchema = z.strictObject({ branch: branchIdSchema.optional() });

export function fleetRoutes({ db, clock }: RouteDeps) {
  /** The profile's field names when the device runs a version the server stored. */
  async function serverProfileFields(version: number | undefined): Promise<string[] | undefined> {
    if (version === undefined) return undefined;
    const stored = await getConfigVersion(db, version);
    if (stored?.kind !== 'profile') return undefined;
    const checked = checkConfig('profile', stored.config);
    return checked.ok && checked.kind === 'profile'
      ? Object.keys(checked.profile.fields)
      : undefined;
  }

  return new Hono<AppEnv>()
    .post('/health', async (c) => {
      const auth = c.get('auth');
      const report = await readBody(c, healthReportSchema);
      const fields = await serverProfileFields(report.profile.serverVersion);
      if (fields) parseWith(healthReportSchemaFor(fields), report);
      await recordHealthReport(db, auth, report, clock.now());
      return checkedJson(c, healthAckSchema, { ok: true });
    })
    .get('/', async (c) => {
      const auth = requireRole(c, ['supervisor', 'admin']);
      const { branch } = readQuery(c, overviewQuerySchema);
      if (branch && auth.role !== 'admin' && branch !== auth.branchId)
        throw forbidden('supervisors see their own branch only');
      // Admins (IT) see every branch unless they ask for one; supervisors their own.
      const branches = branch ? [branch] : auth.role === 'admin' ? undefined : [auth.branchId];
      const now = clock.now();
      const seenAfter = new Date(now.getTime() - FLEET_STALE_AFTER_MS);
      return checkedJson(c, fleetOverviewSchema, {
        generatedAt: now.toISOString(),
        devices: await fleetDevices(db, branches, seenAfter),
        problems: await fleetProblems(db, branches, seenAfter),
      });
    });
}
