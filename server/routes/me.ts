/** GET /v1/me: who the token belongs to (the options page's "test connection"). */
import { Hono } from 'hono';
import { meResponseSchema } from '../../lib/contracts/auth';
import type { AppEnv } from '../http/env';
import { checkedJson } from '../http/read-json';
import type { ZoneClock } from '../../lib/time/zone-clock';

/** `zone`: the branch's time zone, so pages show times as the server's exports write them. */
export function meRoutes(zone?: ZoneClock) {
  return new Hono<AppEnv>().get('/', (c) => {
    const { tokenId, role, branchId, staffId, label } = c.get('auth');
    return checkedJson(c, meResponseSchema, {
      tokenId,
      role,
      branchId,
      staffId,
      ...(label ? { label } : {}),
      ...(zone ? { timeZone: zone.timeZone } : {}),
    });
  });
}
