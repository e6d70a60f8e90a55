/**
 * Which terminal content scripts to register and unregister, pure: one registration per origin
 * pattern (its id names the pattern), for the configured origins the browser has granted.
 */
export const SCRIPT_ID_PREFIX = 'sidekick-terminal ';

export const scriptIdFor = (pattern: string): string => `${SCRIPT_ID_PREFIX}${pattern}`;

export interface RegistrationDiff {
  register: string[];
  /** Script ids to unregister (ours only: other ids are left alone). */
  unregister: string[];
}

export function registrationDiff(
  wanted: readonly string[],
  granted: (pattern: string) => boolean,
  registeredIds: readonly string[],
): RegistrationDiff {
  const want = new Set(wanted.filter(granted).map(scriptIdFor));
  const ours = registeredIds.filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  return {
    register: [...want]
      .filter((id) => !ours.includes(id))
      .map((id) => id.slice(SCRIPT_ID_PREFIX.length)),
    unregister: ours.filter((id) => !want.has(id)),
  };
}
