/**
 * Who the branch server says this device's token belongs to (`GET /v1/me`), cached in the
 * extension's `storage.local` so staff ID and role are known offline too. The cache names the
 * server and token it was asked with by a fingerprint (never the token itself): after a token
 * change the old identity is not used.
 */
import { storage } from 'wxt/utils/storage';
import { normaliseBaseUrl } from '../sync/http-client';
import type { ServerIdentity } from './merge';
import { STORAGE_KEYS, localKey } from './storage-keys';
import type { SyncConfig } from './sync-config';

export interface CachedIdentity {
  fingerprint: string;
  identity: ServerIdentity;
  at: number;
}

export const serverIdentityItem = storage.defineItem<CachedIdentity | null>(
  localKey(STORAGE_KEYS.serverIdentity),
  { fallback: null },
);

/** SHA-256 (hex, 32 characters) of the server URL and token. */
export async function configFingerprint(config: SyncConfig): Promise<string> {
  const bytes = new TextEncoder().encode(`${normaliseBaseUrl(config.url)}\n${config.token}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The cached identity when it was asked with `config`; null otherwise. */
export async function identityFor(
  config: SyncConfig | null,
  cached: CachedIdentity | null,
): Promise<ServerIdentity | null> {
  if (!config || !cached) return null;
  return cached.fingerprint === (await configFingerprint(config)) ? cached.identity : null;
}
