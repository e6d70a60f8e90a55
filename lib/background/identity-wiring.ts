/** Plugs the identity refresh into the service worker: on start, on a server/token change, on an alarm. */
import { browser } from 'wxt/browser';
import { loadSyncConfig } from '../settings/effective-sync-config';
import { watchManaged } from '../settings/managed-store';
import { configFingerprint, serverIdentityItem } from '../settings/server-identity';
import { syncConfigItem } from '../settings/sync-config';
import { serverApi } from '../sync/server-api';
import { refreshIdentity, type RefreshOutcome } from './identity-refresh';
import { createSerialQueue } from './serial-queue';

export const IDENTITY_ALARM = 'sidekick-identity';
/** A token's person rarely changes; half an hour keeps a re-issued token's new holder current. */
const EVERY_MINUTES = 30;

export function setUpIdentity(): { refresh(): Promise<RefreshOutcome> } {
  const enqueue = createSerialQueue();
  // One at a time, in order: a refresh asked after a token change runs after (and wins over) one in flight.
  const refresh = (): Promise<RefreshOutcome> =>
    enqueue('identity', () =>
      refreshIdentity({
        config: loadSyncConfig,
        me: (config) => serverApi(config).me(),
        fingerprint: configFingerprint,
        load: () => serverIdentityItem.getValue(),
        save: (cached) => serverIdentityItem.setValue(cached),
        now: () => Date.now(),
      }),
    );
  const refreshQuietly = () =>
    void refresh().catch((error: unknown) => console.warn('[sidekick] /v1/me failed', error));

  void browser.alarms.create(IDENTITY_ALARM, { periodInMinutes: EVERY_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDENTITY_ALARM) refreshQuietly();
  });
  syncConfigItem.watch(refreshQuietly);
  watchManaged(refreshQuietly);
  refreshQuietly();
  return { refresh };
}
