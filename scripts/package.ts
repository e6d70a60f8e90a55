/**
 * `npm run package [-- --base-url URL] [--out-dir DIR]`: builds the extension (Chromium target)
 * with the signing key's manifest `key`, signs it as a CRX3 and writes update.xml beside it
 * (default .output/package/). The signing key comes from SIDEKICK_SIGNING_KEY (default
 * ~/.config/teller-sidekick/signing-key.pem) and is created on first use. The extension id is
 * printed on the last line, for scripts: `ID=$(npm run -s package | tail -n1)`.
 * docs/deploy.md walks through hosting it and the browser policies.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageExtension } from './package/package-extension';
import { SIGNING_KEY_ENV, loadOrCreateSigningKey, signingKeyPath } from './package/signing-key';

const root = path.resolve(import.meta.dirname, '..');
/** The sync server's default address (PORT 8787): it serves the package under /extension. */
const DEFAULT_BASE_URL = 'http://127.0.0.1:8787/extension';

function main(): void {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'out-dir': { type: 'string' },
    },
  });
  const baseUrl = values['base-url'] ?? process.env.SIDEKICK_BASE_URL ?? DEFAULT_BASE_URL;
  const outDir = path.resolve(values['out-dir'] ?? path.join(root, '.output', 'package'));
  const started = performance.now();

  const keyPath = signingKeyPath();
  const key = loadOrCreateSigningKey(keyPath);
  if (key.created)
    console.error(`✔ New signing key ${keyPath} (mode 0600).
  BACK IT UP NOW (see docs/deploy.md): it decides the extension id that every policy names.
  Without it, later versions get a new id and every branch's policy must be changed.`);

  console.error('▶ Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, [SIGNING_KEY_ENV]: keyPath },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const result = packageExtension({
    buildDir: path.join(root, '.output', 'chrome-mv3'),
    outDir,
    keyPath,
    keyPem: key.pem,
    baseUrl,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`✔ Signed ${result.crxPath} (${result.crxBytes} bytes, version ${result.version}) in ${seconds} s
✔ Update manifest ${result.updateXmlPath} (codebase under ${baseUrl})
  Serve this folder with the sync server (EXTENSION_DIR=${outDir}) and force-install
  ${result.extensionId};<server>/extension/update.xml by policy (docs/deploy.md).
  Extension id:`);
  console.log(result.extensionId);
}

try {
  main();
} catch (error) {
  console.error(`npm run package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
