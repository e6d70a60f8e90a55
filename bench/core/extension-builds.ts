/**
 * The extension builds the suites load: `production` (what ships; used for sizes, overhead and
 * latency) and `bench` (the same code plus the content-script probe, for per-batch timings).
 * Each is built at most once per run, in a child process, into its own `.output/` folder so a
 * bench run never swaps files under an e2e run that uses `.output/chrome-mv3`.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ModuleSizesReport } from './build-extension';

export type ExtensionBuildMode = 'production' | 'bench';

export interface BuiltExtension {
  mode: ExtensionBuildMode;
  /** Unpacked extension folder, ready for --load-extension. */
  dir: string;
  /** Content-script file → module → rendered bytes (before minification). */
  moduleSizes: ModuleSizesReport['chunks'];
  buildMs: number;
}

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT_DIR_TEMPLATE: Record<ExtensionBuildMode, string> = {
  production: 'chrome-mv3-bench-prod',
  bench: 'chrome-mv3-bench',
};

async function buildExtension(mode: ExtensionBuildMode): Promise<BuiltExtension> {
  const report = path.join(tmpdir(), `sidekick-bench-modules-${mode}-${process.pid}.json`);
  const started = performance.now();
  try {
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'bench/core/build-extension.ts'),
        mode,
        OUT_DIR_TEMPLATE[mode],
        report,
      ],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt build --mode ${mode} failed:\n${stdout}\n${stderr}`);
  }
  const moduleSizes = (JSON.parse(await readFile(report, 'utf8')) as ModuleSizesReport).chunks;
  return {
    mode,
    dir: path.join(ROOT, '.output', OUT_DIR_TEMPLATE[mode]),
    moduleSizes,
    buildMs: performance.now() - started,
  };
}

/** Memoised per mode; builds run one after the other (they share WXT's `.wxt/` folder). */
export function extensionBuilds(
  log: (message: string) => void,
): (mode: ExtensionBuildMode) => Promise<BuiltExtension> {
  const builds = new Map<ExtensionBuildMode, Promise<BuiltExtension>>();
  let last: Promise<unknown> = Promise.resolve();
  return (mode) => {
    let build = builds.get(mode);
    if (!build) {
      build = last
        .catch(() => undefined)
        .then(() => {
          log(`building the extension (wxt build --mode ${mode})`);
          return buildExtension(mode);
        });
      last = build;
      builds.set(mode, build);
    }
    return build;
  };
}
