/** Runs the `detect` CLI as a bank's IT would, in its own process, and collects what it printed. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export interface DetectRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runDetect(args: readonly string[], timeoutMs: number): Promise<DetectRun> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'cli/detect.ts', ...args],
      { cwd: ROOT, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
