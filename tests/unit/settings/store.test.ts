/**
 * The settings store with the fake browser: what pages read is the merged value (token, then
 * policy, then local), locked settings refuse writes, and a changed policy reaches watchers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  saveSettings,
  SettingsLockedError,
  watchMergedSettings,
} from '../../../lib/settings/store';
import { configFingerprint, serverIdentityItem } from '../../../lib/settings/server-identity';
import { syncConfigItem } from '../../../lib/settings/sync-config';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import type { MergedSettings } from '../../../lib/settings/merge';

const config = { url: 'http://127.0.0.1:8787', token: 'tok-teller' };

async function connectAsT001(): Promise<void> {
  await syncConfigItem.setValue(config);
  await serverIdentityItem.setValue({
    fingerprint: await configFingerprint(config),
    identity: { staffId: 'T001', role: 'teller', branchId: '0101' },
    at: 1,
  });
}

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('fresh and unconnected: the defaults, staff ID empty', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('connected: staff ID and role come from the cached server identity', async () => {
    await connectAsT001();
    expect(await loadSettings()).toMatchObject({ staffId: 'T001', role: 'cash_teller' });
  });

  it('ignores an identity cached for another token', async () => {
    await connectAsT001();
    await syncConfigItem.setValue({ ...config, token: 'tok-other' });
    expect((await loadSettings()).staffId).toBe('');
  });

  it('refuses a write to the staff ID the token decides, and allows the rest', async () => {
    await connectAsT001();
    const now = await loadSettings();
    await expect(saveSettings({ ...now, staffId: 'T002' })).rejects.toBeInstanceOf(
      SettingsLockedError,
    );
    await saveSettings({ ...now, role: 'non_cash_teller' });
    expect(await loadSettings()).toMatchObject({ staffId: 'T001', role: 'non_cash_teller' });
  });

  it('policy values win and lock; policy lockedSettings refuse writes', async () => {
    await fakeBrowser.storage.managed.set({ language: 'en', lockedSettings: ['staffId'] });
    const now = await loadSettings();
    expect(now.lang).toBe('en');
    await expect(saveSettings({ ...now, lang: 'zh_CN' })).rejects.toThrow(/lang/);
    await expect(saveSettings({ ...now, staffId: 'T009' })).rejects.toThrow(/staffId/);
  });

  it('tells watchers when the policy changes', async () => {
    const seen: MergedSettings<typeof DEFAULT_SETTINGS>[] = [];
    const stop = watchMergedSettings((m) => seen.push(m));
    await fakeBrowser.storage.managed.set({ branchId: '0909' });
    await expect.poll(() => seen.at(-1)?.settings.branchId).toBe('0909');
    expect(seen.at(-1)?.fields.branchId.source).toBe('managed');
    stop();
  });
});
