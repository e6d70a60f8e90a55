// @vitest-environment node
/**
 * The signing key decides the extension id every branch's policy names: the id must match what
 * Chromium (and the openssl recipe in docs/deploy.md) derives, the key is created once with
 * mode 0600 and then reused, and an unreadable or wrong key stops the build with a clear message.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  extensionIdOfPem,
  loadOrCreateSigningKey,
  manifestKeyFromEnv,
  publicKeyBase64,
  readSigningKey,
  signingKeyPath,
} from '../../../scripts/package/signing-key';
import { extensionIdFromKey } from '../../../server/util/extension-id';

const FIXTURE = path.resolve('tests/fixtures/package/test-only-signing-key.pem');
/** `openssl rsa -in FIXTURE -pubout -outform DER | sha256sum | cut -c1-32 | tr 0-9a-f a-p` */
const FIXTURE_ID = 'cnlnphojncnoedhllinmejbcbjaagmna';
const ED25519_PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIJGCFefndU4N+L1NofRXOD0XJXlx3TMdH+EisdMOiDER
-----END PRIVATE KEY-----
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sidekick-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extension id from the signing key', () => {
  it('is the id the openssl recipe gives for the same key', () => {
    const pem = readFileSync(FIXTURE, 'utf8');
    expect(extensionIdOfPem(pem)).toBe(FIXTURE_ID);
    // The manifest `key` (base64 DER SubjectPublicKeyInfo) gives the same id to an unpacked load.
    expect(extensionIdFromKey(publicKeyBase64(pem))).toBe(FIXTURE_ID);
    expect(publicKeyBase64(pem)).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/);
  });

  it('refuses a key Chromium cannot sign with, and text that is no key', () => {
    expect(() => publicKeyBase64(ED25519_PEM)).toThrow(/ed25519 key; Chromium signs with RSA/);
    expect(() => publicKeyBase64('not a key')).toThrow(/not a private key in PEM form/);
  });
});

describe('where the key lives', () => {
  it('comes from SIDEKICK_SIGNING_KEY, else the user config folder', () => {
    expect(signingKeyPath({ SIDEKICK_SIGNING_KEY: '/secure/k.pem' }, '/home/it')).toBe(
      '/secure/k.pem',
    );
    expect(signingKeyPath({}, '/home/it')).toBe('/home/it/.config/teller-sidekick/signing-key.pem');
    expect(signingKeyPath({ SIDEKICK_SIGNING_KEY: '  ' }, '/home/it')).toBe(
      '/home/it/.config/teller-sidekick/signing-key.pem',
    );
  });
});

describe('first use and reuse', () => {
  it('creates an RSA key once (PKCS#8 PEM, mode 0600) and reuses it afterwards', () => {
    const keyPath = path.join(dir, 'nested', 'signing-key.pem');
    const first = loadOrCreateSigningKey(keyPath);
    expect(first.created).toBe(true);
    expect(first.pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(keyPath)).mode & 0o077).toBe(0);

    const second = loadOrCreateSigningKey(keyPath);
    expect(second.created).toBe(false);
    expect(second.pem).toBe(first.pem);
    expect(extensionIdOfPem(second.pem)).toBe(extensionIdOfPem(first.pem));
  });

  it('never replaces an existing key, even a broken one', () => {
    const keyPath = path.join(dir, 'broken.pem');
    writeFileSync(keyPath, 'garbage', { mode: 0o600 });
    expect(() => loadOrCreateSigningKey(keyPath)).toThrow(/broken\.pem is not a private key/);
    expect(readFileSync(keyPath, 'utf8')).toBe('garbage');
  });

  it.skipIf(process.getuid?.() === 0)('says which file it cannot read, and why', () => {
    const keyPath = path.join(dir, 'locked.pem');
    writeFileSync(keyPath, readFileSync(FIXTURE));
    chmodSync(keyPath, 0o000);
    expect(() => readSigningKey(keyPath)).toThrow(
      /cannot read the signing key at .*locked\.pem \(EACCES\)/,
    );
  });

  it('says which file it cannot read when the path is a folder', () => {
    expect(() => readSigningKey(dir)).toThrow(
      new RegExp(`cannot read the signing key at ${dir} \\(EISDIR\\)`),
    );
  });

  it('names the missing key file and what to do', () => {
    expect(() => readSigningKey(path.join(dir, 'gone.pem'))).toThrow(
      /no signing key at .*gone\.pem \(set SIDEKICK_SIGNING_KEY to the backed-up key/,
    );
  });
});

describe('the manifest key for builds (wxt.config.ts)', () => {
  it('is set only when SIDEKICK_SIGNING_KEY names a key, and is that key', () => {
    expect(manifestKeyFromEnv({})).toBeUndefined();
    expect(manifestKeyFromEnv({ SIDEKICK_SIGNING_KEY: FIXTURE })).toBe(
      publicKeyBase64(readFileSync(FIXTURE, 'utf8')),
    );
    // A build never silently drops the key it was asked to carry.
    expect(() => manifestKeyFromEnv({ SIDEKICK_SIGNING_KEY: path.join(dir, 'x.pem') })).toThrow(
      /no signing key at/,
    );
  });
});
