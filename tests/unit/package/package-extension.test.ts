// @vitest-environment node
/**
 * Packing with Chromium: a clear error when Chromium is missing or fails, a build without the
 * signing key's manifest key is refused, and (with Debian's Chromium present) a real CRX3 plus an
 * update.xml that names it, its version and the key's id.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packWithChromium } from '../../../scripts/package/chromium-pack';
import { packageExtension } from '../../../scripts/package/package-extension';
import { publicKeyBase64 } from '../../../scripts/package/signing-key';
import { parseUpdateManifest } from '../../../server/extension/update-manifest';

const KEY_PATH = path.resolve('tests/fixtures/package/test-only-signing-key.pem');
const KEY_PEM = readFileSync(KEY_PATH, 'utf8');
const KEY_ID = 'cnlnphojncnoedhllinmejbcbjaagmna';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let dir: string;
let buildDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sidekick-pack-test-'));
  buildDir = path.join(dir, 'chrome-mv3');
  mkdirSync(buildDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBuild(manifest: object): void {
  writeFileSync(path.join(buildDir, 'manifest.json'), JSON.stringify(manifest));
}

/** A stand-in "Chromium": a shell script with the given body. */
function fakeChromium(body: string): string {
  const file = path.join(dir, 'fake-chromium');
  writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

describe('packing with Chromium', () => {
  it('says where it looked for Chromium and how to fix it', () => {
    writeBuild({ manifest_version: 3, name: 'x', version: '1.0' });
    expect(() =>
      packWithChromium({
        chromiumPath: path.join(dir, 'no-chromium'),
        extensionDir: buildDir,
        keyPath: KEY_PATH,
      }),
    ).toThrow(
      /Chromium not found at .*no-chromium: install it \(apt-get install chromium\) or set CHROMIUM_PATH/,
    );
  });

  it('passes on what Chromium said when it fails', () => {
    writeBuild({ manifest_version: 3, name: 'x', version: '1.0' });
    const chromiumPath = fakeChromium('echo "Private key is invalid" >&2; exit 1');
    expect(() =>
      packWithChromium({ chromiumPath, extensionDir: buildDir, keyPath: KEY_PATH }),
    ).toThrow(/did not pack the extension \(exit 1\): Private key is invalid/);
  });

  it('refuses a file that is not a CRX3', () => {
    writeBuild({ manifest_version: 3, name: 'x', version: '1.0' });
    const chromiumPath = fakeChromium(`echo PK > "${buildDir}.crx"`);
    expect(() =>
      packWithChromium({ chromiumPath, extensionDir: buildDir, keyPath: KEY_PATH }),
    ).toThrow(/is not a CRX3 file/);
  });

  it('refuses a folder that holds no build', () => {
    expect(() =>
      packWithChromium({
        chromiumPath: fakeChromium('exit 0'),
        extensionDir: buildDir,
        keyPath: KEY_PATH,
      }),
    ).toThrow(/no built extension in .*manifest\.json missing/);
  });
});

describe('npm run package (without the wxt build step)', () => {
  const options = () => ({
    buildDir,
    outDir: path.join(dir, 'out'),
    keyPath: KEY_PATH,
    keyPem: KEY_PEM,
    baseUrl: 'http://10.20.0.5:8787/extension/',
    chromiumPath: CHROMIUM,
  });

  it('refuses a build made without the signing key', () => {
    writeBuild({ manifest_version: 3, name: 'x', version: '1.0' });
    expect(() => packageExtension(options())).toThrow(
      /does not carry this signing key's manifest key/,
    );
  });

  it.skipIf(!existsSync(CHROMIUM))('writes a signed CRX3 and the update.xml that names it', () => {
    writeBuild({
      manifest_version: 3,
      name: 'Sidekick test',
      version: '2.3.4',
      key: publicKeyBase64(KEY_PEM),
    });
    const result = packageExtension(options());
    expect(result.extensionId).toBe(KEY_ID);
    expect(result.version).toBe('2.3.4');
    expect(path.basename(result.crxPath)).toBe('teller-sidekick-2.3.4.crx');
    const crx = readFileSync(result.crxPath);
    expect(crx.toString('latin1', 0, 4)).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(result.crxBytes).toBe(crx.length);
    expect(statSync(result.crxPath).mode & 0o777).toBe(0o644);
    expect(existsSync(`${buildDir}.crx`)).toBe(false); // Chromium's own output is moved, not left
    expect(parseUpdateManifest(readFileSync(result.updateXmlPath, 'utf8'))).toEqual({
      appId: KEY_ID,
      version: '2.3.4',
      codebase: 'http://10.20.0.5:8787/extension/teller-sidekick-2.3.4.crx',
    });
  });
});
