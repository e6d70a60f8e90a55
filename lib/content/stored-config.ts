/**
 * What the content script reads from `storage.local`, read directly (not through wxt/storage) to
 * keep the content-script bundle small. The keys are those the options page writes through
 * wxt/storage (`local:<key>` → `<key>`); anything malformed falls back to the default.
 */
import { browser } from 'wxt/browser';
import type { TerminalProfile } from '../profile/schema';
import { demoProfile } from '../profile/builtin/demo';
import { DEMO_BRANCH_KEY } from '../settings/branch-key-default';

async function read(key: string): Promise<unknown> {
  const got = await browser.storage.local.get(key);
  return got[key];
}

/** The profile in force (validated by the options page before it was stored), else the demo's. */
export async function storedProfile(): Promise<TerminalProfile> {
  const value = await read('terminalProfile');
  return value && typeof value === 'object' && 'fields' in value
    ? (value as TerminalProfile)
    : demoProfile;
}

export async function storedBranchKey(): Promise<string> {
  const value = await read('branchKey');
  return typeof value === 'string' && value !== '' ? value : DEMO_BRANCH_KEY;
}

export interface BadgePosition {
  right: number;
  bottom: number;
}

export async function storedBadgePosition(): Promise<BadgePosition | undefined> {
  const value = (await read('badgePosition')) as Partial<BadgePosition> | null | undefined;
  return typeof value?.right === 'number' && typeof value.bottom === 'number'
    ? { right: value.right, bottom: value.bottom }
    : undefined;
}

export function storeBadgePosition(pos: BadgePosition): Promise<void> {
  return browser.storage.local.set({ badgePosition: pos });
}
