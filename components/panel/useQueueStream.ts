import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSyncConfig } from '@/lib/settings/effective-sync-config';
import { openQueueStream, type QueueStreamState } from '@/lib/sync/queue-stream';
import { getDb } from '../hooks/useDb';

/**
 * Calls `reload` when the queue may have changed: at once on a server-sent event (and when the
 * stream (re)opens), and — while the stream is down — when the background's periodic pull brings
 * a change to one of this manager's referrals into the device database.
 */
export function useQueueStream(staffId: string, reload: () => void): QueueStreamState | 'off' {
  const [state, setState] = useState<QueueStreamState | 'off'>('off');
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void loadSyncConfig().then((config) => {
      if (!config || cancelled) return;
      stop = openQueueStream(config, { onReady: reload, onEvent: reload, onState: setState });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [reload]);
  const pulled = useLiveQuery(
    async () =>
      (await getDb().referrals.toArray())
        .filter((r) => r.managerStaffId === staffId)
        .map((r) => `${r.id}:${r.status}:${r.updatedAt}`)
        .join(','),
    [staffId],
  );
  const live = state === 'live';
  useEffect(() => {
    // A change the periodic pull brought in (only while the stream is down: it hears them first).
    if (pulled !== undefined && !live) reload();
  }, [pulled, live, reload]);
  return state;
}
