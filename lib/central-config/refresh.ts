/**
 * Fetches the central profile and tiering config with ETag and keeps the last good version of
 * each: a 304 changes nothing, a valid new version replaces the held one, an invalid one or a
 * server that does not answer leaves the held one in force and records a warning.
 */
import { CONFIG_KINDS, type ConfigDocument, type ConfigKind } from '../contracts/central-config';
import type { ApiResult, Conditional } from '../sync/http-client';
import { checkConfig, describeErrors } from './validate';
import type { CentralConfigState, ConfigWarning, HeldVersion } from './state';

export interface RefreshDeps {
  fetchConfig: (kind: ConfigKind, etag?: string) => Promise<ApiResult<Conditional<ConfigDocument>>>;
  load: () => Promise<CentralConfigState>;
  save: (state: CentralConfigState) => Promise<void>;
  now: () => number;
}

export type RefreshOutcome = 'applied' | 'unchanged' | 'invalid' | 'unreachable' | 'none';

const MAX_WARNINGS = 10;

export async function refreshCentralConfig(
  deps: RefreshDeps,
): Promise<Record<ConfigKind, RefreshOutcome>> {
  let state = await deps.load();
  const outcomes = {} as Record<ConfigKind, RefreshOutcome>;
  for (const kind of CONFIG_KINDS) {
    const [next, outcome] = await refreshKind(kind, state, deps);
    state = next;
    outcomes[kind] = outcome;
  }
  await deps.save({ ...state, lastCheckAt: deps.now() });
  return outcomes;
}

function warn(state: CentralConfigState, warning: ConfigWarning): CentralConfigState {
  const others = state.warnings.filter((w) => w.kind !== warning.kind);
  return { ...state, warnings: [warning, ...others].slice(0, MAX_WARNINGS) };
}

function clearWarning(state: CentralConfigState, kind: ConfigKind): CentralConfigState {
  return { ...state, warnings: state.warnings.filter((w) => w.kind !== kind) };
}

async function refreshKind(
  kind: ConfigKind,
  state: CentralConfigState,
  deps: RefreshDeps,
): Promise<[CentralConfigState, RefreshOutcome]> {
  const held = state[kind];
  const etag = state.refused?.[kind] ?? held?.etag;
  const res = await deps.fetchConfig(kind, etag);
  if (!res.ok) {
    // No config for this branch on the server: nothing to warn about, the device keeps its own.
    if (res.error.serverCode === 'no_config') return [clearWarning(state, kind), 'none'];
    const details = [res.error.code, res.error.detail];
    return [warn(state, { kind, at: deps.now(), reason: 'fetch_failed', details }), 'unreachable'];
  }
  if (res.data.notModified) return [state, 'unchanged'];
  const doc = res.data.data;
  const checked = checkConfig(kind, doc.config);
  if (!checked.ok) {
    const refused = { ...state.refused, ...(res.data.etag ? { [kind]: res.data.etag } : {}) };
    const warning: ConfigWarning = {
      kind,
      at: deps.now(),
      reason: 'invalid',
      version: doc.version,
      details: describeErrors(checked.errors, 5),
    };
    return [warn({ ...state, refused }, warning), 'invalid'];
  }
  const base = {
    version: doc.version,
    label: doc.label,
    scope: doc.scope,
    ...(res.data.etag ? { etag: res.data.etag } : {}),
    appliedAt: deps.now(),
  };
  const refused = { ...state.refused };
  delete refused[kind];
  const next: CentralConfigState = clearWarning({ ...state, refused }, kind);
  if (checked.kind === 'profile')
    next.profile = { ...base, value: checked.profile } satisfies HeldVersion<
      typeof checked.profile
    >;
  else next.tiering = { ...base, value: checked.config };
  return [next, 'applied'];
}
