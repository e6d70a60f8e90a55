// @vitest-environment node
/**
 * The branch server hosts the signed extension for the browsers' install policy: update.xml
 * (codebase pointing at this server) and the .crx it names, with the content types Chromium
 * expects, without a token, never a file outside EXTENSION_DIR, and 404 when nothing is hosted.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { parseUpdateManifest, renderUpdateManifest } from '../../server/extension/update-manifest';
import {
  builtExtensionId,
  extensionIdFromKey,
  unpackedExtensionId,
} from '../../server/util/extension-id';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const ID = 'cnlnphojncnoedhllinmejbcbjaagmna';
const CRX = Buffer.concat([Buffer.from('Cr24'), Buffer.from([3, 0, 0, 0]), Buffer.alloc(64, 7)]);

describe.each(DB_TARGETS)('extension hosting on $name', (target) => {
  let h: Harness;
  let root: string;
  let dir: string;
  const silent = { info: () => undefined, error: () => undefined };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'sidekick-hosting-'));
    dir = path.join(root, 'package');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'teller-sidekick-1.4.0.crx'), CRX);
    writeFileSync(
      path.join(dir, 'update.xml'),
      renderUpdateManifest({
        appId: ID,
        version: '1.4.0',
        codebase: 'http://127.0.0.1:8787/extension/teller-sidekick-1.4.0.crx',
      }),
    );
    writeFileSync(path.join(root, 'outside.crx'), 'secret');
    symlinkSync(path.join(root, 'outside.crx'), path.join(dir, 'linked.crx'));
    h = await makeHarness(target, { extensionHosting: { dir } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(root, { recursive: true, force: true });
  });

  const appWith = (extensionHosting: { dir?: string; publicUrl?: string }) =>
    buildApp({
      db: h.database.db,
      logger: silent,
      rateLimit: false,
      failedAuthLimit: false,
      extensionHosting,
    });

  it('serves update.xml without a token, its codebase on the address the browser used', async () => {
    const res = await h.app.request(
      'http://sidekick.branch0101.bank.example:8787/extension/update.xml',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(parseUpdateManifest(await res.text())).toEqual({
      appId: ID,
      version: '1.4.0',
      codebase: 'http://sidekick.branch0101.bank.example:8787/extension/teller-sidekick-1.4.0.crx',
    });
  });

  it('uses PUBLIC_URL for the codebase behind a reverse proxy', async () => {
    const app = appWith({ dir, publicUrl: 'https://intranet.bank.example/sidekick' });
    const res = await app.request('http://127.0.0.1:8787/extension/update.xml');
    expect(parseUpdateManifest(await res.text()).codebase).toBe(
      'https://intranet.bank.example/sidekick/extension/teller-sidekick-1.4.0.crx',
    );
  });

  it('serves the .crx it names as application/x-chrome-extension, byte for byte', async () => {
    const res = await h.call('GET', '/extension/teller-sidekick-1.4.0.crx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-chrome-extension');
    const again = await h.app.request('/extension/teller-sidekick-1.4.0.crx');
    expect(Buffer.from(await again.arrayBuffer()).equals(CRX)).toBe(true);
  });

  it.each([
    '/extension/..%2Foutside.crx',
    '/extension/%2e%2e%2foutside.crx',
    '/extension/..%5Coutside.crx',
    '/extension/linked.crx',
    '/extension/.hidden.crx',
    '/extension/update.xml.crx',
    '/extension/package.json',
    '/extension/sub/teller-sidekick-1.4.0.crx',
    '/extension/',
  ])('never serves %s', async (url) => {
    const res = await h.call('GET', url);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('secret');
  });

  it('is described in the OpenAPI document as public', async () => {
    const paths = (await h.call('GET', '/openapi.json')).json.paths as Record<
      string,
      { get: { security?: unknown[] } }
    >;
    expect(paths['/extension/update.xml']?.get.security).toEqual([]);
    expect(paths['/extension/{file}']?.get.security).toEqual([]);
  });

  it('answers 404 when the server hosts no extension, and says why', async () => {
    const app = appWith({});
    for (const url of ['/extension/update.xml', '/extension/teller-sidekick-1.4.0.crx']) {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: string; details: { message: string } };
      expect(body.error).toBe('not_found');
      expect(body.details.message).toMatch(/EXTENSION_DIR is not set/);
    }
    const empty = mkdtempSync(path.join(root, 'empty-'));
    const res = await appWith({ dir: empty }).request('/extension/update.xml');
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).toMatch(/run npm run package/);
  });

  it('refuses to serve an update.xml that is broken or names a .crx that is not there', async () => {
    const broken = mkdtempSync(path.join(root, 'broken-'));
    writeFileSync(path.join(broken, 'update.xml'), '<gupdate><app appid="nope">');
    const bad = await appWith({ dir: broken }).request('/extension/update.xml');
    expect(bad.status).toBe(500);
    expect(await bad.json()).toMatchObject({ error: 'extension_package_invalid' });

    writeFileSync(
      path.join(broken, 'update.xml'),
      renderUpdateManifest({
        appId: ID,
        version: '2.0',
        codebase: 'http://x.example/extension/teller-sidekick-2.0.crx',
      }),
    );
    const missing = await appWith({ dir: broken }).request('/extension/update.xml');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).toMatch(
      /teller-sidekick-2\.0\.crx, which is not in EXTENSION_DIR/,
    );
  });
});

describe('extension hosting settings', () => {
  it('reads EXTENSION_DIR and PUBLIC_URL, and refuses a PUBLIC_URL that is no base URL', () => {
    expect(configFromEnv({}).extensionDir).toBeUndefined();
    expect(configFromEnv({ EXTENSION_DIR: 'pkg' }).extensionDir).toBe(path.resolve('pkg'));
    expect(configFromEnv({ PUBLIC_URL: 'https://sk.bank.example/' }).publicUrl).toBe(
      'https://sk.bank.example',
    );
    for (const bad of ['sk.bank.example', 'ftp://sk.bank.example', 'https://sk.bank.example/?a=1'])
      expect(() => configFromEnv({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
  });

  it('gives a build with a manifest key the id of that key, and one without the folder id', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sidekick-built-'));
    try {
      expect(builtExtensionId(folder)).toBe(unpackedExtensionId(folder));
      const key = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
      writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ version: '1', key }));
      expect(builtExtensionId(folder)).toBe(extensionIdFromKey(key));
      expect(builtExtensionId(folder)).not.toBe(unpackedExtensionId(folder));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
