/**
 * One mixed soak on one database: a branch pre-seeded with 20,000 referrals, the real server in
 * its own process with BENCH_LOOP_DELAY=1 (server/loop-delay.ts measures its event loop), and
 * the load from a second process (bench/soak-load.ts): 40 counters pushing, 10 supervisors
 * pulling from cursor 0, each client one request every 250 ms (160 pushes/s and 40 pulls/s:
 * a very busy branch, below what the server can answer, so that a request holding the event
 * loop shows up as delay for everyone else rather than drowning in queueing). The server's histogram is reset when the load's warm-up
 * ends. BENCH_SOAK_SERVER_ROOT runs the server from another checkout (to measure older code
 * side by side; it needs server/loop-delay.ts and its two lines in server/main.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createToken } from '../../server/repo/tokens';
import { startServer } from '../../support/server/server-process';
import type { SoakResult, SoakSpec } from '../soak-load';
import { seedBenchReferrals, SEED_BRANCH } from './referral-seed';
import { RATE_LIMIT_ENV } from './sync-server-run';
import { tellerTokens, type BenchDatabase } from './server-database';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'bench', 'soak-load.ts');

export const SOAK_PLAN = {
  seededReferrals: 20_000,
  pushers: 40,
  pullers: 10,
  seconds: 20,
  paceMs: 250,
  warmupRequests: 3,
  requestsPerClient: 120,
} as const;

export interface LoopDelay {
  maxMs: number;
  p99Ms: number;
  p50Ms: number;
  meanMs: number;
  resolutionMs: number;
}

export interface SoakRun {
  dialect: string;
  serverRoot: string;
  load: SoakResult;
  loopDelay: LoopDelay | undefined;
  seedMs: number;
}

function runSoakLoad(spec: SoakSpec, onMeasuring: () => void): Promise<SoakResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, BENCH_SOAK: JSON.stringify(spec) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      if (c.toString('utf8').includes('soak-load: measuring')) onMeasuring();
    });
    child.once('exit', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line) resolve(JSON.parse(line) as SoakResult);
      else reject(new Error(`soak-load exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

function loopDelayFrom(lines: string[]): LoopDelay | undefined {
  for (const line of lines) {
    if (!line.includes('"event loop delay"')) continue;
    try {
      return JSON.parse(line) as LoopDelay;
    } catch {
      // not the line
    }
  }
  return undefined;
}

export async function runSoak(
  database: BenchDatabase,
  log: (message: string) => void,
): Promise<SoakRun> {
  const plan = SOAK_PLAN;
  log(`sync-soak (${database.dialect}): seeding ${plan.seededReferrals} referrals`);
  const seedMs = await seedBenchReferrals(database.db, plan.seededReferrals);
  const pushers = await tellerTokens(database.db, plan.pushers);
  const pullers = [];
  for (let i = 0; i < plan.pullers; i++) {
    const person = { role: 'supervisor', branchId: SEED_BRANCH, staffId: `S${100 + i}` } as const;
    pullers.push({ token: (await createToken(database.db, person, new Date(), 'bench')).token });
  }
  const serverRoot = process.env.BENCH_SOAK_SERVER_ROOT ?? ROOT;
  const server = await startServer(
    database.env,
    0,
    { ...RATE_LIMIT_ENV, BENCH_LOOP_DELAY: '1' },
    serverRoot,
  );
  let load: SoakResult;
  try {
    log(
      `sync-soak (${database.dialect}): ${plan.pushers} pushing, ${plan.pullers} pulling from 0, each every ${plan.paceMs} ms, ${plan.seconds} s`,
    );
    load = await runSoakLoad(
      {
        url: server.url,
        pushers,
        pullers,
        seconds: plan.seconds,
        paceMs: plan.paceMs,
        requestsPerClient: plan.requestsPerClient,
        warmupRequests: plan.warmupRequests,
      },
      () => server.child.kill('SIGUSR2'),
    );
  } finally {
    await server.stop();
  }
  return {
    dialect: database.dialect,
    serverRoot: path.relative(ROOT, serverRoot) || '.',
    load,
    loopDelay: loopDelayFrom(server.output),
    seedMs,
  };
}
