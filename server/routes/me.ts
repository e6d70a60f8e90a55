/** GET /v1/me: who the token belongs to (the options page's "test connection"). */
import { Hono } from 'hono';
import { meResponseSchema } from '../../lib/contracts/auth';
import type { AppEnv } from '../http/env';
import { checkedJson } from '../http/read-json';

export function meRoutes() {
  return new Hono<AppEnv>().get('/', (c) => {
    const { tokenId, role, branchId, staffId, label } = c.get('auth');
    return checkedJson(c, meResponseSchema, {
      tokenId,
      role,
      branchId,
      staffId,
      ...(label ? { label } : {}),
    });
  });
}
