/**
 * Chromium extension ids, for ALLOWED_EXTENSION_IDS: 32 letters a–p, the first 128 bits of a
 * SHA-256 written one hex digit per letter. A packed or store-installed extension's id comes from
 * its public key (the manifest `key`); an unpacked one loaded without a key gets the hash of its
 * absolute folder path, which is what the demo and the e2e tests use.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export const CHROME_EXTENSION_ID = /^[a-p]{32}$/;

function idOf(bytes: Buffer | string): string {
  return [...createHash('sha256').update(bytes).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

/** The id of an extension whose manifest `key` is `publicKeyBase64` (DER, base64). */
export function extensionIdFromKey(publicKeyBase64: string): string {
  return idOf(Buffer.from(publicKeyBase64, 'base64'));
}

/** The id Chromium gives an unpacked extension loaded from `folder` without a manifest key. */
export function unpackedExtensionId(folder: string): string {
  return idOf(existsSync(folder) ? realpathSync(folder) : path.resolve(folder));
}

/**
 * The id Chromium gives the build in `folder` when loaded unpacked: from its manifest `key`
 * when the build has one (SIDEKICK_SIGNING_KEY at build time), else from the folder's path.
 */
export function builtExtensionId(folder: string): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    if (typeof manifest === 'object' && manifest !== null && 'key' in manifest) {
      const key = manifest.key;
      if (typeof key === 'string' && key !== '') return extensionIdFromKey(key);
    }
  } catch {
    // Not built yet: the id it will get from its folder.
  }
  return unpackedExtensionId(folder);
}
