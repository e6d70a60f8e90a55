/** Runs bench/server-load.ts in its own Node process and returns what it measured. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LoadResult, LoadSpec } from '../server-load';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'bench', 'server-load.ts');

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, BENCH_LOAD: JSON.stringify(spec) },
    maxBuffer: 64 * 1024 * 1024,
    timeout: (spec.seconds + 120) * 1000,
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as LoadResult;
}
