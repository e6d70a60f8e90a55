/**
 * Keeps the cached server identity (lib/settings/server-identity) in step with the token: asks
 * `/v1/me` when the worker starts, when the server or token changes, and on an alarm. A refused
 * token forgets the identity (the person is no longer signed in by it); a server that cannot be
 * reached keeps it (offline is normal at a counter).
 */
import type { MeResponse } from '../contracts/auth';
import type { ApiResult } from '../sync/http-client';
import type { ServerErrorCode } from '../sync/server-error';
import type { CachedIdentity } from '../settings/server-identity';
import type { SyncConfig } from '../settings/sync-config';

export interface IdentityRefreshDeps {
  config: () => Promise<SyncConfig | null>;
  me: (config: SyncConfig) => Promise<ApiResult<MeResponse>>;
  fingerprint: (config: SyncConfig) => Promise<string>;
  load: () => Promise<CachedIdentity | null>;
  save: (cached: CachedIdentity | null) => Promise<void>;
  now: () => number;
}

/** How long a cached identity is good for before the periodic check asks again. */
export const IDENTITY_MAX_AGE_MS = 30 * 60_000;

/** Answers that say this token no longer speaks for anyone. */
const REFUSED: readonly ServerErrorCode[] = ['invalid_token', 'forbidden'];

export type RefreshOutcome = 'saved' | 'cleared' | 'kept' | 'no-server' | 'fresh';

/**
 * Asks the server who the token is. Unless `force`, an identity cached for this very server and
 * token less than IDENTITY_MAX_AGE_MS ago is good enough (the periodic check runs every minute,
 * so a device that started offline learns who it is soon after the server is back).
 */
export async function refreshIdentity(
  deps: IdentityRefreshDeps,
  force = true,
): Promise<RefreshOutcome> {
  const config = await deps.config();
  const cached = await deps.load();
  if (!config) {
    if (cached) await deps.save(null);
    return 'no-server';
  }
  const fingerprint = await deps.fingerprint(config);
  if (!force && cached?.fingerprint === fingerprint && deps.now() - cached.at < IDENTITY_MAX_AGE_MS)
    return 'fresh';
  const answer = await deps.me(config);
  if (answer.ok) {
    const { staffId, role, branchId, label } = answer.data;
    await deps.save({
      fingerprint,
      identity: { staffId, role, branchId, ...(label ? { label } : {}) },
      at: deps.now(),
    });
    return 'saved';
  }
  if (REFUSED.includes(answer.error.code)) {
    await deps.save(null);
    return 'cleared';
  }
  return 'kept';
}
