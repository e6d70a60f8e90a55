import { useCallback, useEffect, useState } from 'react';
import type { MeResponse } from '@/lib/contracts/auth';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError, ServerErrorCode } from '@/lib/sync/server-error';
import { syncConfigItem, type SyncConfig } from '@/lib/settings/sync-config';
import { loadSyncConfig } from '@/lib/settings/effective-sync-config';
import { prefetchFirstPage } from '../../lib/supervisor/first-page-prefetch';

/** Token roles that may open the branch's referral log. */
export const LOG_ROLES: readonly string[] = ['supervisor'];

/** Answers that say the token is the problem; anything else is the server being away or failing. */
const TOKEN_REFUSED: readonly ServerErrorCode[] = ['invalid_token', 'forbidden', 'bad_request'];

export type SupervisorSession =
  | { state: 'loading' }
  | { state: 'no-server' }
  | { state: 'unreachable'; error: ServerError }
  | { state: 'bad-token'; error: ServerError }
  | { state: 'not-supervisor'; me: MeResponse }
  | { state: 'ready'; config: SyncConfig; me: MeResponse };

/** Who the configured token belongs to, and whether it may read the branch's log. */
export function useSupervisorSession(): { session: SupervisorSession; reload: () => void } {
  const [session, setSession] = useState<SupervisorSession>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let alive = true;
    const check = async (config: SyncConfig | null) => {
      if (!config?.url || !config.token) return setSession({ state: 'no-server' });
      // "Who is this token" first: on SQLite the server answers requests one at a time.
      const asked = serverApi(config).me();
      prefetchFirstPage(config);
      const me = await asked;
      if (!alive) return;
      if (!me.ok)
        return setSession(
          TOKEN_REFUSED.includes(me.error.code)
            ? { state: 'bad-token', error: me.error }
            : { state: 'unreachable', error: me.error },
        );
      setSession(
        LOG_ROLES.includes(me.data.role)
          ? { state: 'ready', config, me: me.data }
          : { state: 'not-supervisor', me: me.data },
      );
    };
    // The server in force: a policy's serverUrl and deviceToken win over the options page's.
    void loadSyncConfig().then(check);
    const unwatch = syncConfigItem.watch(() => void loadSyncConfig().then(check));
    return () => {
      alive = false;
      unwatch();
    };
  }, [attempt]);
  return { session, reload };
}
