import { parseProfile, type ParseProfileResult } from './parse';
import type { TerminalProfile } from './schema';

/**
 * Holds the profile in force. Loading an invalid profile reports its errors and keeps the last
 * valid one, so a typo in an admin's JSON never switches detection off.
 */
export interface ProfileStore {
  current(): TerminalProfile;
  load(json: unknown): ParseProfileResult;
}

export function createProfileStore(initial: TerminalProfile): ProfileStore {
  let inForce = initial;
  return {
    current: () => inForce,
    load(json) {
      const result = parseProfile(json);
      if (result.ok) inForce = result.profile;
      return result;
    },
  };
}
