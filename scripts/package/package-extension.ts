/**
 * `npm run package` as a function: the built extension folder (with the manifest `key` of the
 * signing key) → a signed .crx named after the version, and the update.xml that names it.
 */
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { crxFileName, renderUpdateManifest } from '../../server/extension/update-manifest';
import { extensionIdFromKey } from '../../server/util/extension-id';
import { packWithChromium } from './chromium-pack';
import { publicKeyBase64 } from './signing-key';

export interface PackageOptions {
  /** The built extension (wxt build's .output/chrome-mv3). */
  buildDir: string;
  outDir: string;
  keyPath: string;
  keyPem: string;
  /** Where the .crx will be served from, e.g. http://branch-server:8787/extension */
  baseUrl: string;
  chromiumPath: string;
}

export interface PackageResult {
  extensionId: string;
  version: string;
  crxPath: string;
  crxBytes: number;
  updateXmlPath: string;
}

const builtManifest = z.object({ version: z.string(), key: z.string().optional() });

export function packageExtension(options: PackageOptions): PackageResult {
  const manifest = builtManifest.parse(
    JSON.parse(readFileSync(path.join(options.buildDir, 'manifest.json'), 'utf8')),
  );
  const key = publicKeyBase64(options.keyPem, options.keyPath);
  // Chromium would still sign it, but the unpacked build would then get another id than the
  // installed one: refuse a build made without this key.
  if (manifest.key !== key)
    throw new Error(
      `the build in ${options.buildDir} does not carry this signing key's manifest key: rebuild with SIDEKICK_SIGNING_KEY=${options.keyPath}`,
    );
  const extensionId = extensionIdFromKey(key);
  const packed = packWithChromium({
    chromiumPath: options.chromiumPath,
    extensionDir: options.buildDir,
    keyPath: options.keyPath,
  });
  mkdirSync(options.outDir, { recursive: true });
  const crxPath = path.join(options.outDir, crxFileName(manifest.version));
  copyFileSync(packed, crxPath); // copy, not rename: the output may be on another file system
  rmSync(packed, { force: true });
  chmodSync(crxPath, 0o644); // public by nature: any web server may serve it
  const updateXmlPath = path.join(options.outDir, 'update.xml');
  const codebase = `${options.baseUrl.replace(/\/+$/, '')}/${crxFileName(manifest.version)}`;
  writeFileSync(
    updateXmlPath,
    renderUpdateManifest({ appId: extensionId, version: manifest.version, codebase }),
    { mode: 0o644 },
  );
  return {
    extensionId,
    version: manifest.version,
    crxPath,
    crxBytes: statSync(crxPath).size,
    updateXmlPath,
  };
}
