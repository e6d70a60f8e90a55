/** Runs the real server (`node --import tsx server/main.ts`) as a child process, like production. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: string[];
  /** SIGKILL: no shutdown handlers, in-flight transactions die with it. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(
  databaseEnv: Record<string, string>,
  port = 0,
  extraEnv: Record<string, string> = {},
  /** Another checkout to run the server from (a benchmark comparing with older code). */
  root = ROOT,
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  Object.assign(
    env,
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_BURST: '100000',
      RATE_LIMIT_PER_SECOND: '100000',
    },
    databaseEnv,
    extraEnv,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 5000) output.splice(0, output.length - 5000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const actualPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 30 s:\n${output.join('\n')}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString('utf8'));
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited (${code ?? signal}) before listening:\n${output.join('\n')}`),
      );
    });
  });

  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    child,
    output,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
