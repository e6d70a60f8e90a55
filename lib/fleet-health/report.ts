/**
 * Builds the health report a device sends, and checks it with the report schema of the profile
 * in force: a field name that is not one of the profile's fields (or anything that is not a
 * count) never leaves the device.
 */
import {
  healthReportSchemaFor,
  type HealthReport,
  type HealthProblemReport,
} from '../contracts/fleet-health';
import type { TerminalProfile } from '../profile/schema';

export interface ReportInput {
  deviceId: string;
  extensionVersion?: string;
  profileSource: 'inline' | 'server';
  profile: TerminalProfile;
  profileVersion?: number;
  tieringVersion?: number;
  observations: number;
  visits: number;
  problems: HealthProblemReport[];
}

export function buildHealthReport(input: ReportInput): HealthReport | undefined {
  const report = {
    deviceId: input.deviceId,
    ...(input.extensionVersion ? { extensionVersion: input.extensionVersion } : {}),
    profileSource: input.profileSource,
    profile: {
      id: input.profile.id,
      label: input.profile.version,
      ...(input.profileVersion ? { serverVersion: input.profileVersion } : {}),
    },
    ...(input.tieringVersion ? { tieringVersion: input.tieringVersion } : {}),
    observations: input.observations,
    visits: input.visits,
    problems: input.problems,
  };
  const checked = healthReportSchemaFor(Object.keys(input.profile.fields)).safeParse(report);
  return checked.success ? checked.data : undefined;
}
