/**
 * The address a request came from, for the failed-authentication limit. Directly: the socket's
 * peer. Behind a reverse proxy (TRUST_PROXY=on) every request comes from the proxy, so the address
 * is the last entry of X-Forwarded-For — the one the proxy itself appended; earlier entries are
 * whatever the client sent and are not trusted.
 */
import type { Context } from 'hono';

export type ClientAddress = (c: Context) => string;

function socketAddress(c: Context): string | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming = env.incoming as { socket?: { remoteAddress?: string } } | undefined;
  return incoming?.socket?.remoteAddress;
}

export function clientAddress(trustProxy: boolean): ClientAddress {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded.slice(0, 64);
    }
    return socketAddress(c) ?? 'unknown';
  };
}
