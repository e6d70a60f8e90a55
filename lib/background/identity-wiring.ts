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
/** Checks every minute; asks the server only when the cached identity is missing or old. */
const EVERY_MINUTES = 1;

export function setUpIdentity(): { refresh(force?: boolean): Promise<RefreshOutcome> } {
  const enqueue = createSerialQueue();
  // One at a time, in order: a refresh asked after a token change runs after (and wins over) one in flight.
  const refresh = (force = true): Promise<RefreshOutcome> =>
    enqueue('identity', () =>
      refreshIdentity(
        {
          config: loadSyncConfig,
          me: (config) => serverApi(config).me(),
          fingerprint: configFingerprint,
          load: () => serverIdentityItem.getValue(),
          save: (cached) => serverIdentityItem.setValue(cached),
          now: () => Date.now(),
        },
        force,
      ),
    );
  const refreshQuietly = (force = true) =>
    void refresh(force).catch((error: unknown) => console.warn('[sidekick] /v1/me failed', error));

  void browser.alarms.create(IDENTITY_ALARM, { periodInMinutes: EVERY_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDENTITY_ALARM) refreshQuietly(false);
  });
  syncConfigItem.watch(() => refreshQuietly());
  watchManaged(() => refreshQuietly());
  refreshQuietly(false);
  return { refresh };
}
