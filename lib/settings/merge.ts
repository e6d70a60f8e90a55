/**
 * The settings in force, from three places, pure: who the server says the token belongs to
 * (staff ID, role, branch) wins, then what IT set by policy, then what was typed on this device.
 * A value that comes from the server or a policy is locked (the options page says why), and so is
 * any setting the policy names in `lockedSettings`.
 */
import type { TokenRole } from '../contracts/auth';
import { STAFF_ROLES, type StaffRole } from '../roles';
import type { LockableSetting, ManagedConfig } from './managed-schema';
import type { Settings } from './schema';

/** Who `/v1/me` says this device's token belongs to. */
export interface ServerIdentity {
  staffId: string;
  role: TokenRole;
  branchId: string;
  label?: string;
}

/** The extension roles a token of each role may act as (admin tokens say nothing about roles). */
export const STAFF_ROLES_BY_TOKEN_ROLE: Record<TokenRole, readonly StaffRole[]> = {
  teller: ['cash_teller', 'non_cash_teller'],
  lobby: ['lobby_manager'],
  client_manager: ['client_manager'],
  supervisor: ['supervisor'],
  admin: STAFF_ROLES,
};

export type SettingSource = 'local' | 'managed' | 'server';
/** Why a setting cannot be changed here: from the token, set by policy, or locked by policy. */
export type LockReason = 'server' | 'managed' | 'policy';

export interface SettingState {
  source: SettingSource;
  lock?: LockReason;
}

/** Setting names the merge knows; `counterLabel` applies once the local settings carry it. */
export type MergedKey = keyof Settings | 'counterLabel';

export interface MergedSettings<S extends Settings> {
  settings: S;
  fields: Record<MergedKey, SettingState>;
  /** The roles the person may pick (all, or those the token's role allows). */
  roleChoices: readonly StaffRole[];
}

const MANAGED_TO_SETTING = {
  branchId: 'branchId',
  language: 'lang',
  counterLabel: 'counterLabel',
} as const satisfies Partial<Record<keyof ManagedConfig, MergedKey>>;

export function mergeSettings<S extends Settings>(
  local: S,
  managed: ManagedConfig,
  server: ServerIdentity | null,
): MergedSettings<S> {
  const out: Record<string, unknown> = { ...local };
  const locks = new Set<LockableSetting>(managed.lockedSettings ?? []);
  const fields = {} as Record<MergedKey, SettingState>;
  for (const key of ['role', 'staffId', 'branchId', 'lang', 'counterLabel'] as const)
    fields[key] = locks.has(key) ? { source: 'local', lock: 'policy' } : { source: 'local' };

  for (const [from, to] of Object.entries(MANAGED_TO_SETTING) as [
    keyof typeof MANAGED_TO_SETTING,
    MergedKey,
  ][]) {
    const value = managed[from];
    if (value === undefined || !(to in local)) continue;
    out[to] = value;
    fields[to] = { source: 'managed', lock: 'managed' };
  }

  let roleChoices: readonly StaffRole[] = STAFF_ROLES;
  if (server) {
    out.staffId = server.staffId;
    fields.staffId = { source: 'server', lock: 'server' };
    out.branchId = server.branchId;
    fields.branchId = { source: 'server', lock: 'server' };
    roleChoices = STAFF_ROLES_BY_TOKEN_ROLE[server.role];
    if (roleChoices !== STAFF_ROLES) {
      if (!roleChoices.includes(local.role)) out.role = roleChoices[0];
      // A teller token may still be a cash or a non-cash teller: only one choice locks it.
      fields.role =
        roleChoices.length === 1 || fields.role.lock
          ? { source: 'server', lock: 'server' }
          : { source: 'server' };
    }
  }
  return { settings: out as S, fields, roleChoices };
}

/** The settings names `next` changes that may not be changed (empty: the write may go ahead). */
export function lockedChanges<S extends Settings>(merged: MergedSettings<S>, next: S): MergedKey[] {
  const now = merged.settings as Record<string, unknown>;
  const want = next as Record<string, unknown>;
  const refused = (Object.keys(merged.fields) as MergedKey[]).filter(
    (key) => merged.fields[key].lock !== undefined && key in want && want[key] !== now[key],
  );
  if (!merged.roleChoices.includes(next.role) && !refused.includes('role')) refused.push('role');
  return refused;
}

/**
 * What to keep in local storage after a permitted save: the new local values, except that a
 * value in force from the server or a policy is not copied into local storage (when the policy
 * goes, the person's own value comes back).
 */
export function localToStore<S extends Settings>(
  merged: MergedSettings<S>,
  previousLocal: S,
  next: S,
): S {
  const out: Record<string, unknown> = { ...next };
  const before = previousLocal as Record<string, unknown>;
  for (const key of Object.keys(merged.fields) as MergedKey[]) {
    const state = merged.fields[key];
    if (state.lock && state.source !== 'local' && key in before) out[key] = before[key];
  }
  return out as S;
}
