/**
 * One sync-server benchmark run on one database: the real server (`node --import tsx
 * server/main.ts`, as in production and the server tests) in its own process, the load from a
 * second process (bench/server-load.ts), the server's resident memory sampled from /proc.
 * The per-token rate limit is raised (RATE_LIMIT_BURST / RATE_LIMIT_PER_SECOND = 1,000,000):
 * at the default 60 burst / 20 per second a single client could not push fast enough to
 * measure the server.
 */
import { startServer } from '../../support/server/server-process';
import { runLoad } from './load-client';
import { cpuTimeMs } from './process-cpu';
import { residentMiB, sampleResident } from './process-memory';
import { countRows, tellerTokens, type BenchDatabase } from './server-database';
import type { LoadResult, LoadSpec } from '../server-load';

export const PLAN = {
  batch: 100,
  /** Throughput: one client, one batch in flight; then four clients at once. */
  sequential: { requests: 300, warmup: 10, seconds: 20 },
  parallel: { clients: 4, requests: 50, warmup: 2, seconds: 20 },
  /** Latency: 50 counters, each pushing one handoff (referral + created event) back to back. */
  concurrent: { clients: 50, referrals: 1, requests: 200, warmup: 2, seconds: 8 },
  /** The same 50 counters at a busy branch's pace: each pushes one handoff every 250 ms. */
  paced: { clients: 50, referrals: 1, requests: 40, warmup: 1, seconds: 6, paceMs: 250 },
} as const;

export const RATE_LIMIT_ENV = {
  RATE_LIMIT_BURST: '1000000',
  RATE_LIMIT_PER_SECOND: '1000000',
};

export interface PhaseResult extends LoadResult {
  /** The same pushes timed by the server itself (its request log: auth, parsing, transaction). */
  serverMs: number[];
  /** CPU time the server process used during the phase (warm-up included). */
  serverCpuMs: number;
}

export interface SyncServerRun {
  dialect: string;
  sequential: PhaseResult;
  parallel: PhaseResult;
  concurrent: PhaseResult;
  paced: PhaseResult;
  rssMiB: { rest: number; peak: number; after: number; samples: number };
  stored: { referrals: number; events: number; expected: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pushTimes(lines: string[]): number[] {
  const times: number[] = [];
  for (const line of lines) {
    if (!line.includes('"/v1/sync/push"')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; ms?: number };
      if (entry.msg === 'request' && typeof entry.ms === 'number') times.push(entry.ms);
    } catch {
      // not a log line
    }
  }
  return times;
}

const pushed = (r: LoadResult, warmupReferrals: number) => r.referrals + warmupReferrals;

export async function runSyncServerBench(
  database: BenchDatabase,
  log: (message: string) => void,
): Promise<SyncServerRun> {
  const tokens = await tellerTokens(database.db, PLAN.concurrent.clients);
  const server = await startServer(database.env, 0, RATE_LIMIT_ENV);
  const pid = server.child.pid ?? NaN;
  try {
    await sleep(1_500);
    const rest = await residentMiB(pid);
    const sampler = sampleResident(pid);
    const { batch, sequential: s, parallel: p, concurrent: c, paced: q } = PLAN;
    const phase = async (what: string, spec: Omit<LoadSpec, 'url'>): Promise<PhaseResult> => {
      log(`sync-server (${database.dialect}): ${what}`);
      server.output.length = 0;
      const cpuBefore = await cpuTimeMs(pid);
      const result = await runLoad({ url: server.url, ...spec });
      const serverCpuMs = (await cpuTimeMs(pid)) - cpuBefore;
      return { ...result, serverMs: pushTimes(server.output), serverCpuMs };
    };
    const sequential = await phase(`${s.requests} batches of ${batch}, one at a time`, {
      clients: tokens.slice(0, 1),
      referralsPerRequest: batch,
      requestsPerClient: s.requests,
      seconds: s.seconds,
      warmupRequests: s.warmup,
    });
    const parallel = await phase(`${p.clients} clients pushing batches of ${batch}`, {
      clients: tokens.slice(1, 1 + p.clients),
      referralsPerRequest: batch,
      requestsPerClient: p.requests,
      seconds: p.seconds,
      warmupRequests: p.warmup,
    });
    const concurrent = await phase(`${c.clients} concurrent clients, ${c.seconds} s`, {
      clients: tokens,
      referralsPerRequest: c.referrals,
      requestsPerClient: c.requests,
      seconds: c.seconds,
      warmupRequests: c.warmup,
    });
    const paced = await phase(`${q.clients} clients, one push every ${q.paceMs} ms each`, {
      clients: tokens,
      referralsPerRequest: q.referrals,
      requestsPerClient: q.requests,
      seconds: q.seconds,
      warmupRequests: q.warmup,
      paceMs: q.paceMs,
    });
    const samples = await sampler.stop();
    await sleep(2_000);
    const after = await residentMiB(pid);
    const expected =
      pushed(sequential, s.warmup * batch) +
      pushed(parallel, p.clients * p.warmup * batch) +
      pushed(concurrent, c.clients * c.warmup * c.referrals) +
      pushed(paced, q.clients * q.warmup * q.referrals);
    return {
      dialect: database.dialect,
      sequential,
      parallel,
      concurrent,
      paced,
      rssMiB: { rest, peak: Math.max(...samples), after, samples: samples.length },
      stored: {
        referrals: await countRows(database.db, 'referrals'),
        events: await countRows(database.db, 'events'),
        expected,
      },
    };
  } finally {
    await server.stop();
  }
}
