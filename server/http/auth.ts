/**
 * Bearer-token authentication, then the per-token rate limit. Failed authentications (a malformed
 * header, an unknown or revoked token) are limited per client address: once an address has used up
 * its allowance it gets 429 without a database lookup until the bucket refills.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { TokenRole } from '../../lib/contracts/auth';
import type { Db } from '../db/types';
import { findToken } from '../repo/tokens';
import type { ClientAddress } from './client-address';
import type { AppEnv, AuthInfo } from './env';
import { HttpError, forbidden } from './errors';
import type { TokenBucketLimiter } from './rate-limit';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="teller-sidekick"' };

export interface FailedAuthGuard {
  limiter: TokenBucketLimiter;
  addressOf: ClientAddress;
}

function rateLimited(waitMs: number): HttpError {
  return new HttpError(
    429,
    'rate_limited',
    { retryAfterMs: waitMs },
    { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
  );
}

export function bearerAuth(
  db: Db,
  limiter: TokenBucketLimiter | undefined,
  failed?: FailedAuthGuard,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const address = failed?.addressOf(c);
    const blockedMs = address === undefined ? 0 : (failed?.limiter.waitMs(address) ?? 0);
    if (blockedMs > 0) throw rateLimited(blockedMs);
    try {
      await authenticate(c);
    } catch (error) {
      const refused = error instanceof HttpError && error.status === 401;
      if (refused && address !== undefined) failed?.limiter.take(address);
      throw error;
    }
    const waitMs = limiter?.take(c.get('auth').tokenId) ?? 0;
    if (waitMs > 0) throw rateLimited(waitMs);
    await next();
  };

  async function authenticate(c: Context<AppEnv>): Promise<void> {
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
  }
}

export function requireRole(c: Context<AppEnv>, roles: readonly TokenRole[]): AuthInfo {
  const auth = c.get('auth');
  if (!roles.includes(auth.role)) throw forbidden(`role ${auth.role} may not do this`);
  return auth;
}
