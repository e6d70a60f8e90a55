/** The terminal origins configured for this device: the policy's `terminalOrigins`, then the profile's `matches`. */
import type { TerminalProfile } from '../profile/schema';

export function configuredOrigins(
  // The policy's part of the managed config (lib/settings/managed-schema), by shape: settings
  // imports this folder's pattern checks, so naming its type here would make a cycle.
  managed: { readonly terminalOrigins?: readonly string[] },
  profile: Pick<TerminalProfile, 'matches'>,
): string[] {
  return [
    ...new Set([...(managed.terminalOrigins ?? []), ...profile.matches].map((p) => p.trim())),
  ];
}

/** Whether this build reads terminals it is granted at run time (no origins pinned at build). */
export function isUnpinnedBuild(manifest: { optional_host_permissions?: string[] }): boolean {
  return (manifest.optional_host_permissions?.length ?? 0) > 0;
}
