/**
 * What the content script reads from `storage.local`, read directly (not through wxt/storage) to
 * keep the content-script bundle small. The keys are the ones the options page writes through
 * wxt/storage, from the same list (lib/settings/storage-keys.ts); anything malformed falls back
 * to the default.
 */
import { browser } from 'wxt/browser';
import type { TerminalProfile } from '../profile/schema';
import { demoProfile } from '../profile/builtin/demo';
import { DEMO_BRANCH_KEY } from '../settings/branch-key-default';
import { STORAGE_KEYS, type StorageKey } from '../settings/storage-keys';
import { parseBadgePlace, type BadgePlace } from './badge-place';

async function read(key: StorageKey): Promise<unknown> {
  const got = await browser.storage.local.get(key);
  return got[key];
}

const isProfile = (value: unknown): value is TerminalProfile =>
  !!value && typeof value === 'object' && 'fields' in value;

/**
 * The profile in force: the branch server's while the profile source is 'server' (validated by
 * the background before it was stored), else the one the options page validated, else the demo's.
 */
export async function storedProfile(): Promise<TerminalProfile> {
  const server = await read(STORAGE_KEYS.serverProfile);
  if (isProfile(server)) return server;
  const value = await read(STORAGE_KEYS.terminalProfile);
  return isProfile(value) ? value : demoProfile;
}

export async function storedBranchKey(): Promise<string> {
  const value = await read(STORAGE_KEYS.branchKey);
  return typeof value === 'string' && value !== '' ? value : DEMO_BRANCH_KEY;
}

/**
 * Where the teller last dragged the badge: `{ corner, x, y }`; the older `{ right, bottom }`
 * (insets from the bottom-right corner) is read as that. Anything else: not dragged yet.
 */
export async function storedBadgePosition(): Promise<BadgePlace | undefined> {
  return parseBadgePlace(await read(STORAGE_KEYS.badgePosition));
}

export function storeBadgePosition(place: BadgePlace): Promise<void> {
  return browser.storage.local.set({ [STORAGE_KEYS.badgePosition]: place });
}
