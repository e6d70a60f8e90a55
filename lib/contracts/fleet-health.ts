/**
 * Fleet health: what a device reports about its selectors, and what the supervisor / IT view
 * reads back. A report carries counts and the NAMES of profile fields only, never a value read
 * from the page: every string in it is a field name of the profile in force (checked by
 * `healthReportSchemaFor`), a profile id or version, or a fixed word.
 */
import { z } from 'zod';
import { FIELD_KEY } from './field-key';
import { hasLongDigitRun } from '../privacy/text-check';
import { configVersionSchema } from './central-config';
import { branchIdSchema, staffIdSchema } from './primitives';

export const HEALTH_PROBLEMS = ['missing', 'degraded', 'paused', 'completion_never_seen'] as const;
export type HealthProblem = (typeof HEALTH_PROBLEMS)[number];
/** Problems about one field (the others are about the whole profile). */
export const FIELD_PROBLEMS = ['missing', 'degraded'] as const;

export const PROFILE_SOURCES = ['inline', 'server'] as const;

const count = z.number().int().min(0).max(1_000_000);
/** A profile field's name (never a long number, so no card or account number fits in one). */
export const healthFieldNameSchema = z
  .string()
  .regex(FIELD_KEY, 'a profile field name')
  .refine((name) => !hasLongDigitRun(name), 'a profile field name');
const profileLabel = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._@+ -]+$/u, 'a profile version')
  .refine((label) => !hasLongDigitRun(label), 'a profile version');

export const fieldProblemSchema = z.strictObject({
  problem: z.enum(FIELD_PROBLEMS),
  field: healthFieldNameSchema,
  /** How many of the interval's observations showed it. */
  count,
});
export const profileProblemSchema = z.strictObject({
  problem: z.enum(['paused', 'completion_never_seen']),
  /** Paused: how many times a tab paused; completion never seen: visits without the cue. */
  count,
});
export const healthProblemSchema = z.union([fieldProblemSchema, profileProblemSchema]);
export type HealthProblemReport = z.infer<typeof healthProblemSchema>;

export const healthReportSchema = z.strictObject({
  /** A random id this browser profile made up once (no hardware or user data in it). */
  deviceId: z.uuid(),
  extensionVersion: z
    .string()
    .regex(/^\d{1,5}(\.\d{1,5}){0,3}$/)
    .optional(),
  profileSource: z.enum(PROFILE_SOURCES),
  profile: z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    label: profileLabel,
    /** The central config version, when the profile came from the server. */
    serverVersion: configVersionSchema.optional(),
  }),
  tieringVersion: configVersionSchema.optional(),
  /** Detections observed and client visits seen during the interval. */
  observations: count,
  visits: count,
  problems: z.array(healthProblemSchema).max(64),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

/**
 * The report schema for one profile: field names must be fields of that profile. The device
 * checks its report with it before sending; the server when it knows the profile version.
 */
export function healthReportSchemaFor(fieldNames: readonly string[]) {
  const known = new Set(fieldNames);
  return healthReportSchema.superRefine((report, ctx) => {
    report.problems.forEach((p, index) => {
      if ('field' in p && !known.has(p.field))
        ctx.addIssue({
          code: 'custom',
          message: 'not a field of the profile',
          path: ['problems', index, 'field'],
        });
    });
  });
}

export const healthAckSchema = z.strictObject({ ok: z.literal(true) });

export const fleetDeviceSchema = z.strictObject({
  deviceId: z.uuid(),
  branchId: branchIdSchema,
  staffId: staffIdSchema,
  label: z.string().optional(),
  extensionVersion: z.string().optional(),
  profileSource: z.enum(PROFILE_SOURCES),
  profileId: z.string().optional(),
  profileLabel: z.string().optional(),
  profileVersion: configVersionSchema.optional(),
  tieringVersion: configVersionSchema.optional(),
  lastSeenAt: z.string(),
  problems: z.number().int().min(0),
});
export type FleetDevice = z.infer<typeof fleetDeviceSchema>;

/** "branch 0101, profile 2026.12-2: `amount` missing on 5 devices since 10:32". */
export const fleetProblemGroupSchema = z.strictObject({
  branchId: branchIdSchema,
  profileLabel: z.string(),
  problem: z.enum(HEALTH_PROBLEMS),
  field: z.string().optional(),
  devices: z.number().int().positive(),
  /** When the first of those devices first reported it (it has reported it ever since). */
  since: z.string(),
  lastSeenAt: z.string(),
});
export type FleetProblemGroup = z.infer<typeof fleetProblemGroupSchema>;

export const fleetOverviewSchema = z.strictObject({
  generatedAt: z.string(),
  devices: z.array(fleetDeviceSchema),
  problems: z.array(fleetProblemGroupSchema),
});
export type FleetOverview = z.infer<typeof fleetOverviewSchema>;

/** Devices not heard from for this long drop out of the problem counts (still listed). */
export const FLEET_STALE_AFTER_MS = 24 * 60 * 60 * 1000;
