/**
 * Settings in `storage.local` (the extension's own storage, never the page's), and the settings in
 * force: the server's word on who the token is, then the policy, then what was typed here
 * (lib/settings/merge). Locked settings cannot be changed: saveSettings refuses such a write.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from './storage-keys';
import { coerceSettings, DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';
import {
  localToStore,
  lockedChanges,
  mergeSettings,
  type MergedKey,
  type MergedSettings,
} from './merge';
import { readManaged } from './managed-store';
import { loadSyncConfig } from './effective-sync-config';
import { identityFor, serverIdentityItem } from './server-identity';

const settingsItem = storage.defineItem<unknown>(localKey(STORAGE_KEYS.settings), {
  fallback: DEFAULT_SETTINGS,
});

/** What was typed on this device, before the server and the policy have their say. */
export async function loadLocalSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

export async function loadMergedSettings(): Promise<MergedSettings<Settings>> {
  const [local, managed, config, cached] = await Promise.all([
    loadLocalSettings(),
    readManaged(),
    loadSyncConfig(),
    serverIdentityItem.getValue(),
  ]);
  return mergeSettings(local, managed.config, await identityFor(config, cached));
}

/** The settings in force. */
export async function loadSettings(): Promise<Settings> {
  return (await loadMergedSettings()).settings;
}

/** A write that would change settings the server or a policy decides. */
export class SettingsLockedError extends Error {
  constructor(readonly keys: MergedKey[]) {
    super(`locked settings: ${keys.join(', ')}`);
    this.name = 'SettingsLockedError';
  }
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  const merged = await loadMergedSettings();
  const refused = lockedChanges(merged, valid);
  if (refused.length > 0) throw new SettingsLockedError(refused);
  await settingsItem.setValue(localToStore(merged, await loadLocalSettings(), valid));
  return valid;
}

const WATCHED: string[] = [
  STORAGE_KEYS.settings,
  STORAGE_KEYS.syncConfig,
  STORAGE_KEYS.serverIdentity,
];

/** Calls `cb` with the merged settings whenever any of their sources changes. */
export function watchMergedSettings(cb: (m: MergedSettings<Settings>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && WATCHED.some((k) => k in changes)))
      void loadMergedSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return watchMergedSettings((m) => cb(m.settings));
}
