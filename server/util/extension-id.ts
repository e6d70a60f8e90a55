/**
 * Chromium extension ids, for ALLOWED_EXTENSION_IDS: 32 letters a–p, the first 128 bits of a
 * SHA-256 written one hex digit per letter. A packed or store-installed extension's id comes from
 * its public key (the manifest `key`); an unpacked one loaded without a key gets the hash of its
 * absolute folder path, which is what the demo and the e2e tests use.
 */
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
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
