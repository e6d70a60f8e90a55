/**
 * Plugs the central config into the service worker: fetch on start, every few minutes (alarm) and
 * when the server settings or the profile source change; while the source is 'server', the held
 * versions are the ones in force (the content script reads the profile from `serverProfile`).
 */
import { browser } from 'wxt/browser';
import { syncConfigItem } from '../settings/sync-config';
import { loadSyncConfig } from '../settings/effective-sync-config';
import { watchManaged } from '../settings/managed-store';
import { serverApi } from '../sync/server-api';
import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';
import { pickInForce, type InForce } from './in-force';
import { centralConfigItem, serverProfileItem } from './items';
import { readProfileSource, watchProfileSource } from './profile-source';
import { refreshCentralConfig } from './refresh';
import { EMPTY_CENTRAL_CONFIG, type CentralConfigState, type ProfileSource } from './state';

const ALARM = 'sidekick-central-config';
export const CONFIG_CHECK_MINUTES = 5;

export interface CentralConfigHandle {
  /** What is in force: the server's versions while the source is 'server', else `fallback`. */
  inForce(fallback: { profile: TerminalProfile; tiering: TieringConfig }): InForce;
  source(): ProfileSource;
  state(): CentralConfigState;
}

export function setUpCentralConfig(): CentralConfigHandle {
  let source: ProfileSource = 'inline';
  let state: CentralConfigState = EMPTY_CENTRAL_CONFIG;
  let running: Promise<unknown> | undefined;

  const publish = async () => {
    const profile = source === 'server' ? state.profile?.value : undefined;
    if (profile) await serverProfileItem.setValue(profile);
    else await serverProfileItem.removeValue();
  };
  const refresh = async () => {
    // The server in force: a policy's serverUrl and deviceToken win over the options page's.
    const target = await loadSyncConfig();
    if (!target?.url || !target.token) return;
    const api = serverApi(target);
    await refreshCentralConfig({
      fetchConfig: (kind, etag) => api.configInForce(kind, etag),
      load: () => centralConfigItem.getValue(),
      save: (next) => centralConfigItem.setValue(next),
      now: () => Date.now(),
    });
  };
  const check = () => {
    // One check at a time; a check asked for meanwhile is covered by the next alarm.
    running ??= refresh()
      .catch((error: unknown) => console.warn('[sidekick] central config check failed', error))
      .finally(() => (running = undefined));
  };

  centralConfigItem.watch((next) => {
    state = next;
    void publish();
  });
  watchProfileSource((next) => {
    source = next;
    void publish();
    check();
  });
  void Promise.all([readProfileSource(), centralConfigItem.getValue()]).then(([s, c]) => {
    source = s;
    state = c;
    void publish();
  });
  void browser.alarms.create(ALARM, { periodInMinutes: CONFIG_CHECK_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) check();
  });
  syncConfigItem.watch(check);
  watchManaged(check);
  check();

  return {
    inForce: (fallback) => pickInForce(source, state, fallback),
    source: () => source,
    state: () => state,
  };
}
