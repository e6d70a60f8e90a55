/** Bearer-token authentication, then the per-token rate limit. */
import type { Context, MiddlewareHandler } from 'hono';
import type { TokenRole } from '../../lib/contracts/auth';
import type { Db } from '../db/types';
import { findToken } from '../repo/tokens';
import type { AppEnv, AuthInfo } from './env';
import { HttpError, forbidden } from './errors';
import type { TokenBucketLimiter } from './rate-limit';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="teller-sidekick"' };

export function bearerAuth(
  db: Db,
  limiter: TokenBucketLimiter | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer[ ]+([A-Za-z0-9_-]{10,200})[ ]*$/.exec(
      c.req.header('authorization') ?? '',
    );
    if (!match?.[1]) {
      throw new HttpError(
        401,
        'unauthorized',
        { message: 'send Authorization: Bearer <token>' },
        CHALLENGE,
      );
    }
    const found = await findToken(db, match[1]);
    if (!found) throw new HttpError(401, 'invalid_token', { message: 'unknown token' }, CHALLENGE);
    if (found.revoked)
      throw new HttpError(
        401,
        'token_revoked',
        { message: 'this token was revoked; ask an administrator for a new one' },
        CHALLENGE,
      );
    c.set('auth', found.auth);
    const waitMs = limiter?.take(found.auth.tokenId) ?? 0;
    if (waitMs > 0) {
      throw new HttpError(
        429,
        'rate_limited',
        { retryAfterMs: waitMs },
        { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
      );
    }
    await next();
  };
}

export function requireRole(c: Context<AppEnv>, roles: readonly TokenRole[]): AuthInfo {
  const auth = c.get('auth');
  if (!roles.includes(auth.role)) throw forbidden(`role ${auth.role} may not do this`);
  return auth;
}
