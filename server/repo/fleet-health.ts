/**
 * Fleet health (migration 0006): the last report of each device, and each device's current
 * problems since they were first seen. A report replaces the device's problems: what it no longer
 * reports is cleared, what it still reports keeps its "since" (unless the profile version
 * changed: then it is a new problem). A report with no observations keeps them as they were.
 * Aggregates count each device once.
 */
import { sql } from 'kysely';
import type {
  FleetDevice,
  FleetProblemGroup,
  HealthProblem,
  HealthReport,
} from '../../lib/contracts/fleet-health';
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { inTransaction } from './transaction';

export async function recordHealthReport(
  db: Db,
  auth: AuthInfo,
  report: HealthReport,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const label = report.profile.label;
  const device = {
    branch_id: auth.branchId,
    token_id: auth.tokenId,
    staff_id: auth.staffId,
    label: auth.label ?? null,
    extension_version: report.extensionVersion ?? null,
    profile_id: report.profile.id,
    profile_label: label,
    profile_version: report.profile.serverVersion ?? null,
    tiering_version: report.tieringVersion ?? null,
    profile_source: report.profileSource,
    last_seen_at: at,
  };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('fleet_devices')
      .values({ device_id: report.deviceId, ...device })
      .onConflict((oc) => oc.column('device_id').doUpdateSet(device))
      .execute();
    // No detection seen this interval (a quiet counter, a restarted worker): no evidence either
    // way, so the device's problems stay as they were.
    if (report.observations === 0) return;
    const before = await trx
      .selectFrom('fleet_problems')
      .select(['problem', 'field', 'profile_label', 'first_seen_at'])
      .where('device_id', '=', report.deviceId)
      .execute();
    const since = new Map(
      before
        .filter((p) => p.profile_label === label)
        .map((p) => [`${p.problem}/${p.field}`, p.first_seen_at]),
    );
    await trx.deleteFrom('fleet_problems').where('device_id', '=', report.deviceId).execute();
    const rows = new Map<string, { problem: HealthProblem; field: string; count: number }>();
    for (const p of report.problems) {
      if (p.count === 0) continue;
      const field = 'field' in p ? p.field : '';
      rows.set(`${p.problem}/${field}`, { problem: p.problem, field, count: p.count });
    }
    if (rows.size === 0) return;
    await trx
      .insertInto('fleet_problems')
      .values(
        [...rows].map(([key, p]) => ({
          device_id: report.deviceId,
          problem: p.problem,
          field: p.field,
          branch_id: auth.branchId,
          profile_label: label,
          count: p.count,
          first_seen_at: since.get(key) ?? at,
          last_seen_at: at,
        })),
      )
      .execute();
  });
}

/** Branches to read: one list, or every branch (undefined). */
type Branches = string[] | undefined;

export async function fleetProblems(
  db: Db,
  branches: Branches,
  seenAfter: Date,
): Promise<FleetProblemGroup[]> {
  let query = db.kysely
    .selectFrom('fleet_problems')
    .select([
      'branch_id',
      'profile_label',
      'problem',
      'field',
      sql<number | string>`count(distinct device_id)`.as('devices'),
      sql<string>`min(first_seen_at)`.as('since'),
      sql<string>`max(last_seen_at)`.as('last_seen'),
    ])
    .where('last_seen_at', '>=', seenAfter.toISOString())
    .groupBy(['branch_id', 'profile_label', 'problem', 'field'])
    .orderBy('branch_id')
    .orderBy('profile_label')
    .orderBy('problem')
    .orderBy('field');
  if (branches) query = query.where('branch_id', 'in', branches);
  const rows = await query.execute();
  return rows.map((r) => ({
    branchId: r.branch_id,
    profileLabel: r.profile_label,
    problem: r.problem as HealthProblem,
    ...(r.field ? { field: r.field } : {}),
    devices: Number(r.devices),
    since: r.since,
    lastSeenAt: r.last_seen,
  }));
}

export async function fleetDevices(
  db: Db,
  branches: Branches,
  seenAfter: Date,
): Promise<FleetDevice[]> {
  let query = db.kysely
    .selectFrom('fleet_devices as d')
    .leftJoin('fleet_problems as p', (join) =>
      join
        .onRef('p.device_id', '=', 'd.device_id')
        .on('p.last_seen_at', '>=', seenAfter.toISOString()),
    )
    .selectAll('d')
    .select(sql<number | string>`count(p.device_id)`.as('problems'))
    .groupBy([
      'd.device_id',
      'd.branch_id',
      'd.token_id',
      'd.staff_id',
      'd.label',
      'd.extension_version',
      'd.profile_id',
      'd.profile_label',
      'd.profile_version',
      'd.tiering_version',
      'd.profile_source',
      'd.last_seen_at',
    ])
    .orderBy('d.branch_id')
    .orderBy('d.last_seen_at', 'desc')
    .limit(2000);
  if (branches) query = query.where('d.branch_id', 'in', branches);
  const rows = await query.execute();
  return rows.map((r) => ({
    deviceId: r.device_id,
    branchId: r.branch_id,
    staffId: r.staff_id,
    ...(r.label ? { label: r.label } : {}),
    ...(r.extension_version ? { extensionVersion: r.extension_version } : {}),
    profileSource: r.profile_source === 'server' ? 'server' : 'inline',
    ...(r.profile_id ? { profileId: r.profile_id } : {}),
    ...(r.profile_label ? { profileLabel: r.profile_label } : {}),
    ...(r.profile_version !== null ? { profileVersion: Number(r.profile_version) } : {}),
    ...(r.tiering_version !== null ? { tieringVersion: Number(r.tiering_version) } : {}),
    lastSeenAt: r.last_seen_at,
    problems: Number(r.problems),
  }));
}
