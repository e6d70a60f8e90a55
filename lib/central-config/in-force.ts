/** Which profile and tiering config are in force, given the source and what the server sent. */
import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';
import type { CentralConfigState, ProfileSource } from './state';

export interface InForce {
  profile: TerminalProfile;
  tiering: TieringConfig;
  /** The central versions in force (absent: the device's own / the defaults). */
  profileVersion?: number;
  tieringVersion?: number;
}

export function pickInForce(
  source: ProfileSource,
  central: CentralConfigState,
  fallback: { profile: TerminalProfile; tiering: TieringConfig },
): InForce {
  if (source !== 'server') return fallback;
  const { profile, tiering } = central;
  return {
    profile: profile?.value ?? fallback.profile,
    tiering: tiering?.value ?? fallback.tiering,
    ...(profile ? { profileVersion: profile.version } : {}),
    ...(tiering ? { tieringVersion: tiering.version } : {}),
  };
}
