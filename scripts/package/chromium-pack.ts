/**
 * Signs a built extension folder as a CRX3 with Chromium's own packer
 * (`--pack-extension=DIR --pack-extension-key=KEY`), which writes DIR.crx beside the folder. Runs
 * headless with a throwaway profile, so it needs no display and leaves nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export class PackError extends Error {
  override name = 'PackError';
}

export interface PackOptions {
  chromiumPath: string;
  extensionDir: string;
  keyPath: string;
  timeoutMs?: number;
}

/** The first 8 bytes of a CRX3: "Cr24" and format version 3 (little-endian). */
function isCrx3(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    return (
      readSync(fd, head, 0, 8, 0) === 8 &&
      head.toString('latin1', 0, 4) === 'Cr24' &&
      head.readUInt32LE(4) === 3
    );
  } finally {
    closeSync(fd);
  }
}

/** Packs `extensionDir` and returns the path of the .crx Chromium wrote (`<extensionDir>.crx`). */
export function packWithChromium(options: PackOptions): string {
  const { chromiumPath, keyPath } = options;
  const extensionDir = path.resolve(options.extensionDir);
  if (!existsSync(chromiumPath))
    throw new PackError(
      `Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    );
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new PackError(`no built extension in ${extensionDir} (manifest.json missing)`);
  const crx = `${extensionDir}.crx`;
  rmSync(crx, { force: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'sidekick-pack-'));
  try {
    const run = spawnSync(
      chromiumPath,
      [
        '--headless=new',
        '--no-sandbox',
        `--user-data-dir=${profile}`,
        `--pack-extension=${extensionDir}`,
        `--pack-extension-key=${path.resolve(keyPath)}`,
      ],
      { encoding: 'utf8', timeout: options.timeoutMs ?? 60_000 },
    );
    if (run.error)
      throw new PackError(`could not run Chromium at ${chromiumPath}: ${run.error.message}`);
    if (run.status !== 0 || !existsSync(crx))
      throw new PackError(
        `Chromium did not pack the extension (exit ${run.status ?? run.signal}): ${(run.stderr || run.stdout).trim().slice(0, 500)}`,
      );
    if (!isCrx3(crx)) throw new PackError(`${crx} is not a CRX3 file`);
    return crx;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
