/** Settings in `storage.local` (the extension's own storage, never the page's). */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from './storage-keys';
import { coerceSettings, DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

const settingsItem = storage.defineItem<unknown>(localKey(STORAGE_KEYS.settings), {
  fallback: DEFAULT_SETTINGS,
});

export async function loadSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(coerceSettings(v)));
}
