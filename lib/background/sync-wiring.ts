/** Plugs the sync service into the service worker: alarms, storage, and the wake-up schedule. */
import { browser } from 'wxt/browser';
import { SidekickDB } from '../db';
import { loadSettings } from '../settings/store';
import { noticesItem, syncConfigItem, syncStatusItem } from '../settings/sync-config';
import { rosterItem } from '../settings/branch-config';
import { loadSyncConfig } from '../settings/effective-sync-config';
import { watchManaged } from '../settings/managed-store';
import { createSyncService } from './sync-service';

const PERIODIC = 'sidekick-sync';
const AT = 'sidekick-sync-at';
const MAX_NOTICES = 20;

export function setUpSync(): { syncNow(force?: boolean): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const service = createSyncService({
    db: new SidekickDB(),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: Math.random,
    config: loadSyncConfig,
    myStaffId: () => loadSettings().then((s) => s.staffId),
    saveStatus: (s) => syncStatusItem.setValue(s),
    addNotices: async (n) =>
      noticesItem.setValue([...n, ...(await noticesItem.getValue())].slice(0, MAX_NOTICES)),
    saveRoster: (r) => rosterItem.setValue(r),
    wakeAt: (at) => {
      const delay = Math.max(0, at - Date.now());
      // A short wait is a timer (the worker stays alive); a long one an alarm (survives the worker).
      clearTimeout(timer);
      if (delay < 25_000) timer = setTimeout(() => void service.syncNow(), delay + 50);
      void browser.alarms.create(AT, { when: at + 50 });
    },
  });
  void browser.alarms.create(PERIODIC, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === AT) void service.syncNow();
  });
  syncConfigItem.watch(() => void service.syncNow(true));
  watchManaged(() => void service.syncNow(true));
  void service.syncNow();
  return service;
}
