/**
 * The profile a policy decides. `profileSource: 'inline'` (or a `profile` without a source) puts
 * the policy's profile in force; `'server'` leaves it to the central config fetch, which stores
 * the last good server profile in customProfileItem (lib/settings/profile-item). Either way the
 * options page's own import is locked.
 */
import type { TerminalProfile } from '../profile/schema';
import type { ManagedConfig } from './managed-schema';
import { readManaged } from './managed-store';

export type ProfileSource = 'inline' | 'server' | 'local';

export function profileSourceOf(managed: ManagedConfig): ProfileSource {
  if (managed.profileSource) return managed.profileSource;
  return managed.profile ? 'inline' : 'local';
}

/** The policy's inline profile, when the policy puts one in force. */
export function managedInlineProfile(managed: ManagedConfig): TerminalProfile | null {
  return profileSourceOf(managed) === 'inline' ? (managed.profile ?? null) : null;
}

/** Where the profile in force comes from, per the policy ('local': the options page decides). */
export async function managedProfileSource(): Promise<ProfileSource> {
  return profileSourceOf((await readManaged()).config);
}
