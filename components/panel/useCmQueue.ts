import { useCallback, useEffect, useState } from 'react';
import type { QueueItem } from '@/lib/contracts/queue-api';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { zoneClock } from '@/lib/export';
import { syncConfigItem } from '@/lib/settings/sync-config';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError } from '@/lib/sync/server-error';
import { getDb } from '../hooks/useDb';
import { localQueue, newestCopies, withUpdated } from '../../lib/supervisor/cm-queue';

export interface CmQueue {
  items: QueueItem[];
  /** Where the order came from: the branch server, or this device (server unreachable / not set up). */
  source: 'server' | 'device';
  /** A server URL and token are set. */
  configured: boolean;
  more: number;
  failure?: ServerError;
}

/** The last referrals the server sent, kept in memory only (they may carry contact details). */
let lastFromServer: ServerReferral[] = [];
const REFRESH_MS = 5 * 60_000;

async function fromDevice(
  staffId: string,
  configured: boolean,
  failure?: ServerError,
): Promise<CmQueue> {
  const stored = await getDb().referrals.toArray();
  const zone = zoneClock(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const items = localQueue(newestCopies(stored, lastFromServer), staffId, {
    now: new Date(),
    zone,
  });
  return { items, source: 'device', configured, more: 0, ...(failure ? { failure } : {}) };
}

async function loadQueue(staffId: string): Promise<CmQueue> {
  const config = await syncConfigItem.getValue();
  if (!config) return fromDevice(staffId, false);
  const res = await serverApi(config).queue();
  if (res.ok) {
    lastFromServer = res.data.items.map((i) => i.referral);
    return { items: res.data.items, source: 'server', configured: true, more: res.data.more };
  }
  // Unreachable: work from what the device knows. Refused (wrong token): say so, show nothing stale.
  if (res.error.code === 'unreachable') return fromDevice(staffId, true, res.error);
  return { items: [], source: 'server', configured: true, more: 0, failure: res.error };
}

/** The client manager's prioritised queue, refreshed every five minutes and on demand. */
export function useCmQueue(staffId: string) {
  const [queue, setQueue] = useState<CmQueue>();
  const reload = useCallback(async () => setQueue(await loadQueue(staffId)), [staffId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading the queue on open
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const updated = useCallback(
    (referral: ServerReferral) =>
      setQueue((q) => q && { ...q, items: withUpdated(q.items, referral) }),
    [],
  );
  return { queue, reload, updated };
}
