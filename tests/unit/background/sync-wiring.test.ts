/**
 * The sync service plugged into the service worker (fake browser): the periodic alarm, which
 * alarms start a run, and a backoff's wake-up both as a short timer and as an alarm (which
 * survives the worker being stopped).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpSync } from '../../../lib/background/sync-wiring';
import { SidekickDB } from '../../../lib/db';
import { saveHandoff } from '../../../lib/handoffs';
import { syncConfigItem, syncStatusItem } from '../../../lib/settings/sync-config';
import { makeHandoff } from '../../fixtures/db/factory';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(async () => {
  await syncConfigItem.setValue(null); // ends any retry chain a test started
  vi.unstubAllGlobals();
});

describe('sync wiring', () => {
  it('sets a one-minute periodic alarm', async () => {
    const service = setUpSync();
    await service.syncNow();
    expect(await fakeBrowser.alarms.get('sidekick-sync')).toMatchObject({ periodInMinutes: 1 });
    expect((await syncStatusItem.getValue()).configured).toBe(false);
  });

  it('runs on its own alarms (periodic and wake-up), not on other alarms', async () => {
    const service = setUpSync();
    await service.syncNow();
    const runs = vi.spyOn(service, 'syncNow');
    const fire = (name: string) =>
      fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
    await fire('sidekick-retention');
    expect(runs).toHaveBeenCalledTimes(0);
    await fire('sidekick-sync');
    expect(runs).toHaveBeenCalledTimes(1);
    await fire('sidekick-sync-at');
    expect(runs).toHaveBeenCalledTimes(2);
  });

  it('offline: the backoff wake-up is an alarm at the retry time and a timer that runs again', async () => {
    const db = new SidekickDB();
    await db.outbox.clear();
    await saveHandoff(db, makeHandoff(undefined, { now: new Date(Date.now() - 60_000) }));
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    await syncConfigItem.setValue({ url: 'http://sync.test', token: 'sk_test_token_0000000000' });

    const before = Date.now();
    const service = setUpSync();
    await service.syncNow();
    const after = Date.now();
    const alarm = await fakeBrowser.alarms.get('sidekick-sync-at');
    // First failure: 2 s base, jittered into [1, 2] s, plus the 50 ms margin.
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 1_000 + 50);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(after + 2_000 + 50);
    expect((await syncStatusItem.getValue()).lastError).toBe('server not reachable');

    // The wait is short, so a timer (the worker is alive) runs the sync again at that time.
    const runs = vi.spyOn(service, 'syncNow');
    await vi.waitFor(() => expect(runs).toHaveBeenCalled(), { timeout: 4_000, interval: 50 });
    expect(Date.now()).toBeGreaterThanOrEqual((alarm?.scheduledTime ?? 0) - 5);
    db.close();
  });
});
