/**
 * One check for a central config document, used by the server before it stores a version, by the
 * admin CLI, and by the device before it applies one: the same schemas as the options page.
 */
import type { ConfigKind } from '../contracts/central-config';
import { parseProfile } from '../profile/parse';
import type { ValidationError } from '../profile/issues';
import type { TerminalProfile } from '../profile/schema';
import { parseTieringConfig, type TieringConfig } from '../tiering/config-schema';

export type CheckedConfig =
  | { ok: true; kind: 'profile'; profile: TerminalProfile; label: string }
  | { ok: true; kind: 'tiering'; config: TieringConfig; label?: undefined }
  | { ok: false; errors: ValidationError[] };

/** Validates `json` as a config of `kind`; errors name the JSON path of each bad value. */
export function checkConfig(kind: ConfigKind, json: unknown): CheckedConfig {
  if (kind === 'profile') {
    const result = parseProfile(json);
    return result.ok
      ? { ok: true, kind, profile: result.profile, label: result.profile.version.slice(0, 64) }
      : result;
  }
  const result = parseTieringConfig(json);
  return result.ok ? { ok: true, kind, config: result.config } : result;
}

/** "fields.amount.selector: must not be empty" — one line per problem. */
export function describeErrors(errors: readonly ValidationError[], max = 20): string[] {
  const lines = errors.slice(0, max).map((e) => `${e.path}: ${e.message}`);
  if (errors.length > max) lines.push(`… and ${errors.length - max} more`);
  return lines;
}
