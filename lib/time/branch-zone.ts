/**
 * Which time zone the supervisor's page and exports use: the branch's, never the PC's. The branch
 * server is the authority (its TIME_ZONE, told by `/v1/me`); without an answer from it, the zone
 * last heard from it (kept on the device), else Asia/Shanghai. Anything that is not an IANA zone
 * name Intl knows is ignored.
 */
import { isValidTimeZone } from './zone-clock';

export const DEFAULT_BRANCH_TIME_ZONE = 'Asia/Shanghai';

/** An IANA name (`Area/Location`, `UTC`…) that this runtime can format in. */
export function validTimeZone(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 64) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(raw)) return undefined;
  return isValidTimeZone(raw) ? raw : undefined;
}

export function branchTimeZone(fromServer: unknown, stored: unknown): string {
  return validTimeZone(fromServer) ?? validTimeZone(stored) ?? DEFAULT_BRANCH_TIME_ZONE;
}
