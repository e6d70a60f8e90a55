import { useEffect, useState } from 'react';
import type { RosterEntry } from '@/lib/contracts/roster';
import { serverApi } from '@/lib/sync/server-api';
import type { SyncConfig } from '@/lib/settings/sync-config';

/** The branch's client managers (for the manager filter and names); empty until the server answers. */
export function useRoster(config: SyncConfig): RosterEntry[] {
  const [managers, setManagers] = useState<RosterEntry[]>([]);
  useEffect(() => {
    let alive = true;
    void serverApi(config)
      .roster()
      .then((res) => {
        if (alive && res.ok) setManagers(res.data.managers);
      });
    return () => {
      alive = false;
    };
  }, [config]);
  return managers;
}
