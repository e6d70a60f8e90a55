/**
 * The key that signs the self-hosted extension. Its public half decides the extension id that
 * every branch's policy names, so it is generated once, kept outside the repository (path from
 * SIDEKICK_SIGNING_KEY, default ~/.config/teller-sidekick/signing-key.pem, mode 0600) and reused
 * for every later build. Losing it means a new id: every policy must then be changed.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { extensionIdFromKey } from '../../server/util/extension-id';

export const SIGNING_KEY_ENV = 'SIDEKICK_SIGNING_KEY';

export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

/** Where the signing key lives: $SIDEKICK_SIGNING_KEY, else under the user's config folder. */
export function signingKeyPath(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const fromEnv = env[SIGNING_KEY_ENV]?.trim();
  return path.resolve(fromEnv || path.join(home, '.config', 'teller-sidekick', 'signing-key.pem'));
}

export interface SigningKey {
  path: string;
  pem: string;
  /** True when this call generated the key (the caller tells the user to back it up). */
  created: boolean;
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** Reads the key at `keyPath`; throws a SigningKeyError that names the file and the cause. */
export function readSigningKey(keyPath: string): string {
  let pem: string;
  try {
    pem = readFileSync(keyPath, 'utf8');
  } catch (error) {
    const code = errnoCode(error);
    throw new SigningKeyError(
      code === 'ENOENT'
        ? `no signing key at ${keyPath} (set ${SIGNING_KEY_ENV} to the backed-up key, or run npm run package to create one)`
        : `cannot read the signing key at ${keyPath} (${code ?? String(error)}): check the file's owner and permissions`,
    );
  }
  publicKeyBase64(pem, keyPath);
  return pem;
}

/** The key at `keyPath`, generated there (RSA 2048, PKCS#8 PEM, mode 0600) if there is none. */
export function loadOrCreateSigningKey(keyPath: string): SigningKey {
  try {
    return { path: keyPath, pem: readSigningKey(keyPath), created: false };
  } catch (error) {
    if (!(error instanceof SigningKeyError) || !/^no signing key/.test(error.message)) throw error;
  }
  const { privateKey: pem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  mkdirSync(path.dirname(keyPath), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key that appeared meanwhile (a second build started at once).
    writeFileSync(keyPath, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return loadOrCreateSigningKey(keyPath);
    throw new SigningKeyError(`cannot write a new signing key to ${keyPath} (${errnoCode(error)})`);
  }
  chmodSync(keyPath, 0o600); // the umask may have taken bits away, never added them; be exact
  return { path: keyPath, pem, created: true };
}

/** The manifest `key`: base64 of the DER SubjectPublicKeyInfo of the key's public half. */
export function publicKeyBase64(pem: string, source = 'the signing key'): string {
  let key;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${source} is not a private key in PEM form`);
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw new SigningKeyError(
      `${source} is a ${key.asymmetricKeyType} key; Chromium signs with RSA`,
    );
  return createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The extension id Chromium derives from this key. */
export function extensionIdOfPem(pem: string): string {
  return extensionIdFromKey(publicKeyBase64(pem));
}

/**
 * The manifest `key` for builds when SIDEKICK_SIGNING_KEY names a key file (wxt.config.ts), so
 * an unpacked build has the same id as the signed package; none otherwise (the unpacked id is
 * then the hash of the build folder).
 */
export function manifestKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env[SIGNING_KEY_ENV]?.trim()) return undefined;
  const keyPath = signingKeyPath(env);
  return publicKeyBase64(readSigningKey(keyPath), keyPath);
}
