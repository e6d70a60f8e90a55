/**
 * Sends this device's selector health to the branch server once per interval (alarm), with the
 * profile and tiering versions in force. At most one report per interval: an alarm that fires
 * early (a restarted worker) is skipped.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from '../settings/storage-keys';
import { loadSyncConfig } from '../settings/effective-sync-config';
import { serverApi } from '../sync/server-api';
import type { TabState } from '../detect/live-detection';
import type { InForce } from '../central-config/in-force';
import type { ProfileSource } from '../central-config/state';
import { createHealthCollector } from './collector';
import { buildHealthReport } from './report';

const ALARM = 'sidekick-fleet-health';
export const HEALTH_REPORT_MINUTES = 5;
const MIN_GAP_MS = (HEALTH_REPORT_MINUTES * 60 - 30) * 1000;

const deviceIdItem = storage.defineItem<string | null>(localKey(STORAGE_KEYS.deviceId), {
  fallback: null,
});

async function deviceId(): Promise<string> {
  const held = await deviceIdItem.getValue();
  if (held) return held;
  const id = crypto.randomUUID();
  await deviceIdItem.setValue(id);
  return id;
}

export function setUpFleetHealth(current: () => InForce & { source: ProfileSource }) {
  const collector = createHealthCollector();
  let lastSentAt = 0;

  const send = async () => {
    if (Date.now() - lastSentAt < MIN_GAP_MS) return;
    const target = await loadSyncConfig();
    if (!target?.url || !target.token) return;
    const now = current();
    const counts = collector.take();
    const report = buildHealthReport({
      deviceId: await deviceId(),
      extensionVersion: browser.runtime.getManifest().version,
      profileSource: now.source,
      profile: now.profile,
      ...(now.profileVersion ? { profileVersion: now.profileVersion } : {}),
      ...(now.tieringVersion ? { tieringVersion: now.tieringVersion } : {}),
      ...counts,
    });
    if (!report) return;
    lastSentAt = Date.now();
    const res = await serverApi(target).healthReport(report);
    if (!res.ok) console.warn(`[sidekick] fleet health report not sent: ${res.error.detail}`);
  };

  void browser.alarms.create(ALARM, { periodInMinutes: HEALTH_REPORT_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void send();
  });
  return {
    observe: (state: TabState) => collector.observe(state, current().profile),
  };
}
