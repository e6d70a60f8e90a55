/** The central config's `storage.local` items (extension pages and the service worker). */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from '../settings/storage-keys';
import type { TerminalProfile } from '../profile/schema';
import { EMPTY_CENTRAL_CONFIG, type CentralConfigState } from './state';

export const centralConfigItem = storage.defineItem<CentralConfigState>(
  localKey(STORAGE_KEYS.centralConfig),
  { fallback: EMPTY_CENTRAL_CONFIG },
);

/** Read by the content script before the inline profile (lib/content/stored-config.ts). */
export const serverProfileItem = storage.defineItem<TerminalProfile | null>(
  localKey(STORAGE_KEYS.serverProfile),
  { fallback: null },
);
