/**
 * Branch configuration kept in `storage.local`: the HMAC key that links a client's visits
 * (`clientRef`), and the client-manager roster (set in the options page; synced from the branch
 * server when one is configured). The demo values are for the demo terminal only — the options
 * page warns while the demo key is in force.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from './storage-keys';
import type { RosterEntry } from '../contracts/roster';
import { DEMO_ROSTER } from './demo-roster';

export { DEMO_ROSTER };

/** 32 bytes, hex. Published in the source code: NEVER use it for real clients. */
export const DEMO_BRANCH_KEY =
  'hex:5eb1de7c0ffee0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899';

export const branchKeyItem = storage.defineItem<string>(localKey(STORAGE_KEYS.branchKey), {
  fallback: DEMO_BRANCH_KEY,
});

export const rosterItem = storage.defineItem<RosterEntry[]>(localKey(STORAGE_KEYS.roster), {
  fallback: DEMO_ROSTER,
});
