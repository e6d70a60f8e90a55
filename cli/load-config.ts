import { readFile } from 'node:fs/promises';
import { BUILTIN_PROFILES } from '../lib/profile/builtin/index';
import { formatValidationErrors } from '../lib/profile/issues';
import { parseProfileText } from '../lib/profile/parse';
import type { TerminalProfile } from '../lib/profile/schema';
import { parseProfile } from '../lib/profile/parse';
import { parseTieringConfig, type TieringConfig } from '../lib/tiering/config-schema';
import { DEFAULT_TIERING_CONFIG } from '../lib/tiering/defaults';

export class ConfigError extends Error {}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

/** `builtin:<id>` or a JSON file; invalid profiles fail with every error and its JSON path. */
export async function loadProfile(spec: string): Promise<TerminalProfile> {
  if (spec.startsWith('builtin:')) {
    const id = spec.slice('builtin:'.length);
    const builtin = BUILTIN_PROFILES[id];
    if (!builtin)
      throw new ConfigError(
        `no built-in profile "${id}" (known: ${Object.keys(BUILTIN_PROFILES).join(', ')})`,
      );
    const checked = parseProfile(builtin);
    if (!checked.ok)
      throw new ConfigError(
        `built-in profile "${id}" is invalid:\n${formatValidationErrors(checked.errors)}`,
      );
    return checked.profile;
  }
  const result = parseProfileText(await readText(spec, 'profile'));
  if (!result.ok)
    throw new ConfigError(`invalid profile ${spec}:\n${formatValidationErrors(result.errors)}`);
  return result.profile;
}

export async function loadTieringConfig(path: string | undefined): Promise<TieringConfig> {
  if (!path) return DEFAULT_TIERING_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, 'tiering config'));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `invalid tiering config ${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = parseTieringConfig(json);
  if (!result.ok)
    throw new ConfigError(
      `invalid tiering config ${path}:\n${formatValidationErrors(result.errors)}`,
    );
  return result.config;
}
