/**
 * What a device keeps of the central config (in `storage.local`): the last good version of each
 * kind, already validated, and the last problem in words an admin can read in the options page.
 */
import type { ConfigKind, ConfigScope } from '../contracts/central-config';
import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';

export interface HeldVersion<T> {
  version: number;
  label: string;
  scope: ConfigScope;
  etag?: string;
  /** The validated document (defaults filled in). */
  value: T;
  /** When the device took it (ms). */
  appliedAt: number;
}

/** Why the device did not take the server's latest (it keeps the last good one). */
export interface ConfigWarning {
  kind: ConfigKind;
  at: number;
  /** `invalid`: the server sent a document that failed validation here; else the fetch failed (server down, token refused). */
  reason: 'invalid' | 'fetch_failed';
  version?: number;
  /** "fields.amount.selector: must not be empty", or the fetch error's code. */
  details: string[];
}

export interface CentralConfigState {
  profile?: HeldVersion<TerminalProfile>;
  tiering?: HeldVersion<TieringConfig>;
  /** The ETag of a version refused as invalid, so it is not validated (and warned) again. */
  refused?: Partial<Record<ConfigKind, string>>;
  warnings: ConfigWarning[];
  lastCheckAt?: number;
}

export const EMPTY_CENTRAL_CONFIG: CentralConfigState = { warnings: [] };

export type ProfileSource = 'inline' | 'server';
