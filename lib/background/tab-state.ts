/**
 * Live client signals, per tab, in memory only (`storage.session`): never IndexedDB, never synced.
 * The key `tab:<id>` holds what each frame of that terminal tab reported.
 */
import type { TabState } from '../detect/live-detection';

/** The part of `storage.session` this module needs (so tests can pass a fake). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;

export function emptyTabState(tabId: number, now: number): TabState {
  return { tabId, frames: {}, softCues: [], updatedAt: now };
}

export async function readTabState(
  area: SessionArea,
  tabId: number,
): Promise<TabState | undefined> {
  const got = await area.get(tabKey(tabId));
  return got[tabKey(tabId)] as TabState | undefined;
}

/**
 * The tab states with the worker's own copy in memory, so a report needs no storage read on the
 * way to the badge; `storage.session` stays the copy the panel reads and the one a restarted
 * worker starts from.
 */
export function createTabStore(area: SessionArea) {
  const cache = new Map<number, TabState>();
  return {
    async update(
      tabId: number,
      now: number,
      change: (state: TabState) => TabState,
    ): Promise<TabState> {
      const current =
        cache.get(tabId) ?? (await readTabState(area, tabId)) ?? emptyTabState(tabId, now);
      const next = change(structuredClone(current));
      next.updatedAt = now;
      cache.set(tabId, next);
      await area.set({ [tabKey(tabId)]: next });
      return next;
    },
    async clear(tabId: number): Promise<void> {
      cache.delete(tabId);
      await area.remove(tabKey(tabId));
    },
  };
}
