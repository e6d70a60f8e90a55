/** FNV-1a, 32 bit: a short, stable key from already-masked values (not a privacy hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A key that changes when the client on screen changes, derived from masked identity fields only
 * (e.g. "**** 1234" + "张*"), so it holds no personal data. Null when no client is on screen.
 */
export function clientKeyOf(
  profileId: string,
  maskedIdentity: readonly (string | null)[],
): string | null {
  if (maskedIdentity.every((value) => value === null)) return null;
  return `c-${fnv1a([profileId, ...maskedIdentity.map((value) => value ?? '')].join('\u0000'))}`;
}
