import { useCallback, useEffect, useRef, useState } from 'react';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { zoneClock } from '@/lib/export';
import { afterUpdate, newArrivals, withFresh, type QueueView } from '@/lib/queue/queue-state';
import { playArrivalTone } from '@/lib/queue/tone';
import { loadSyncConfig } from '@/lib/settings/effective-sync-config';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError } from '@/lib/sync/server-error';
import { getDb } from '../hooks/useDb';
import { localQueue, newestCopies } from '../../lib/supervisor/cm-queue';
import { useQueueStream } from './useQueueStream';

export interface CmQueue extends QueueView {
  /** Where the order came from: the branch server, or this device (server unreachable / not set up). */
  source: 'server' | 'device';
  /** A server URL and token are set. */
  configured: boolean;
  more: number;
  failure?: ServerError;
}

type Loaded = Omit<CmQueue, 'closed'>;

/** The last referrals the server sent, kept in memory only (they may carry contact details). */
let lastFromServer: ServerReferral[] = [];
const REFRESH_MS = 5 * 60_000;

async function fromDevice(
  staffId: string,
  configured: boolean,
  failure?: ServerError,
): Promise<Loaded> {
  const stored = await getDb().referrals.toArray();
  const zone = zoneClock(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const items = localQueue(newestCopies(stored, lastFromServer), staffId, {
    now: new Date(),
    zone,
  });
  return { items, source: 'device', configured, more: 0, ...(failure ? { failure } : {}) };
}

async function loadQueue(staffId: string): Promise<Loaded> {
  const config = await loadSyncConfig();
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

/**
 * The client manager's prioritised queue: reloaded at once when the server says something
 * changed (useQueueStream), on each pull while the stream is down, every five minutes and on
 * demand. New waiting clients become arrival notices (with a tone when `sound` is on).
 */
export function useCmQueue(staffId: string, sound = false) {
  const [queue, setQueue] = useState<CmQueue>();
  const [arrivals, setArrivals] = useState<ServerReferral[]>([]);
  const seen = useRef<Set<string> | undefined>(undefined);
  const soundRef = useRef(sound);
  useEffect(() => {
    soundRef.current = sound;
  }, [sound]);
  const reload = useCallback(async () => {
    const loaded = await loadQueue(staffId);
    const fresh = seen.current ? newArrivals(loaded.items, seen.current) : [];
    seen.current = new Set([...(seen.current ?? []), ...loaded.items.map((i) => i.referral.id)]);
    setQueue((q) => ({
      ...loaded,
      ...withFresh({ items: [], closed: q?.closed ?? [] }, loaded.items),
    }));
    if (fresh.length === 0) return;
    setArrivals((a) => [...fresh, ...a.filter((r) => !fresh.some((f) => f.id === r.id))]);
    if (soundRef.current) playArrivalTone();
  }, [staffId]);
  const reloadNow = useCallback(() => void reload(), [reload]);
  const stream = useQueueStream(staffId, reloadNow);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading the queue on open
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const updated = useCallback((referral: ServerReferral) => {
    setQueue((q) => q && { ...q, ...afterUpdate(q, referral) });
    setArrivals((a) => a.filter((r) => r.id !== referral.id));
  }, []);
  const dismiss = useCallback((id: string) => setArrivals((a) => a.filter((r) => r.id !== id)), []);
  return { queue, reload, updated, arrivals, dismiss, stream };
}
