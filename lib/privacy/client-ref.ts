/**
 * Client reference: HMAC-SHA-256 (WebCrypto) of a client's identity (./client-identity defines the
 * exact input of each kind: card, account, customer or ID number, or the weak link) under the branch key, as
 * 64 lowercase hex characters. Repeat visits link without the number ever being stored; without
 * the key the reference cannot be reversed or recomputed. Works in Node 20 and the extension.
 */
import { decodeBranchKey } from './branch-key';
import { normaliseIdentityNumber } from './client-identity';

export type BranchKey = CryptoKey | Uint8Array | ArrayBuffer;

/** "6222 0212-3456 7890", "６２２２…" → "6222021234567890". Letters are kept (uppercased) for IBAN-like numbers. */
export function normaliseAccountNumber(input: string): string {
  return normaliseIdentityNumber(input);
}

const ACCOUNT_NUMBER = /^[0-9A-Z]{6,34}$/;

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy.buffer;
}

/** Imports a branch key given as base64 or hex (see `decodeBranchKey`) as a non-extractable HMAC key. */
export async function importBranchKey(encoded: string): Promise<CryptoKey> {
  return importRawKey(decodeBranchKey(encoded));
}

async function importRawKey(bytes: Uint8Array | ArrayBuffer): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    toArrayBuffer(bytes),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The client reference of a card or account number. Rejects (with a message that never repeats
 * the number) when the input is not 6–34 digits/letters after removing spaces and dashes.
 */
export async function clientRef(key: BranchKey, accountNumber: string): Promise<string> {
  const normalised = normaliseAccountNumber(accountNumber);
  if (!ACCOUNT_NUMBER.test(normalised)) {
    throw new Error(
      'clientRef: the card/account number must be 6–34 digits or letters (spaces and dashes are ignored)',
    );
  }
  const cryptoKey =
    key instanceof Uint8Array || key instanceof ArrayBuffer ? await importRawKey(key) : key;
  const mac = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(normalised));
  return toHex(mac);
}

/**
 * HMAC-SHA-256 of an identity input already built by ./client-identity (which defines every
 * input's exact form), as 64 lowercase hex characters.
 */
export async function hmacHex(key: BranchKey, input: string): Promise<string> {
  const cryptoKey =
    key instanceof Uint8Array || key instanceof ArrayBuffer ? await importRawKey(key) : key;
  return toHex(await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(input)));
}
