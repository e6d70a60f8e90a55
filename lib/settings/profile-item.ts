/**
 * The terminal profile in force, in `storage.local`. Only a profile that passed validation is ever
 * written here; `null` means the built-in demo profile. The content script reads it as data.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from './storage-keys';
import type { TerminalProfile } from '../profile/schema';

export const customProfileItem = storage.defineItem<TerminalProfile | null>(
  localKey(STORAGE_KEYS.terminalProfile),
  { fallback: null },
);
