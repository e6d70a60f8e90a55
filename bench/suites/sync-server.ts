/**
 * Sync server: push throughput in batches of 100 referrals (each with its `created`
 * event), p99 push latency with 50 concurrent clients, and the server's resident memory — on a
 * temp SQLite file (the embedded default) and, beside it, on a fresh schema of the local
 * PostgreSQL when one answers. Server and load client are separate processes on loopback; the
 * per-token rate limit is raised for the run (see bench/core/sync-server-run.ts).
 */
import {
  openPostgresBenchDb,
  openSqliteBenchDb,
  type BenchDatabase,
} from '../core/server-database';
import {
  PLAN,
  runSyncServerBench,
  type PhaseResult,
  type SyncServerRun,
} from '../core/sync-server-run';
import { describe, distribution, fmt, rounded } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';
import type { LoadResult } from '../server-load';

const perSecond = (r: LoadResult) => r.referrals / (r.elapsedMs / 1000);

/**
 * Server CPU per push, warm-up pushes included (they ran in the same window). Whole process: on
 * SQLite this includes the WAL checkpoint thread (server/db/wal-checkpointer.ts), which runs on
 * the other core, so it is more than the request path's own time.
 */
const cpuPerPush = (r: PhaseResult, clients: number, warmup: number) =>
  r.serverCpuMs / (r.requests + clients * warmup);

function throughput(run: SyncServerRun, db: string, withTarget: boolean): Metric {
  const { batch, sequential: s, parallel: p } = PLAN;
  const one = perSecond(run.sequential);
  const four = perSecond(run.parallel);
  const oneBatch = distribution(run.sequential.latenciesMs);
  return {
    name: `${db}: push throughput, batches of ${batch} (best of 1 or ${p.clients} clients)`,
    value: Math.max(one, four),
    unit: 'referrals/s',
    ...(withTarget ? { target: { min: 10_000 } } : {}),
    note: `1 client, one batch in flight: ${fmt(one)}/s (batch p50 ${fmt(oneBatch.p50)} ms, server CPU ${fmt(cpuPerPush(run.sequential, 1, s.warmup))} ms per batch); ${p.clients} clients: ${fmt(four)}/s`,
  };
}

function latency(run: SyncServerRun, db: string): Metric {
  const { concurrent: c } = PLAN;
  const client = distribution(run.concurrent.latenciesMs);
  const server = distribution(run.concurrent.serverMs);
  return {
    name: `${db}: push latency, ${c.clients} concurrent clients`,
    value: client.p99,
    unit: 'ms',
    display: `p50 ${fmt(client.p50)} / p99 ${fmt(client.p99)} / max ${fmt(client.max)} ms (n=${client.n})`,
    target: { max: 50 },
    note: `1 referral + event per push, back to back: ${fmt(run.concurrent.requests / (run.concurrent.elapsedMs / 1000))} pushes/s; inside the server's handlers p50 ${fmt(server.p50)} / p99 ${fmt(server.p99)} ms; server CPU ${fmt(cpuPerPush(run.concurrent, c.clients, c.warmup))} ms per push`,
  };
}

function pacedLatency(run: SyncServerRun, db: string): Metric {
  const { paced: q } = PLAN;
  const client = distribution(run.paced.latenciesMs);
  return {
    name: `${db}: push latency, ${q.clients} clients at one push per ${q.paceMs} ms each`,
    value: client.p99,
    unit: 'ms',
    display: `p50 ${fmt(client.p50)} / p99 ${fmt(client.p99)} / max ${fmt(client.max)} ms (n=${client.n})`,
    note: `for comparison: ${fmt(run.paced.requests / (run.paced.elapsedMs / 1000))} pushes/s, a very busy branch rather than a saturated server`,
  };
}

function metrics(run: SyncServerRun, withTargets: boolean): Metric[] {
  const db = run.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const phases = [run.sequential, run.parallel, run.concurrent, run.paced];
  const failures = phases.reduce((n, r) => n + r.failures, 0);
  const requests = phases.reduce((n, r) => n + r.requests, 0);
  const firstFailure = phases.find((r) => r.firstFailure)?.firstFailure;
  const lost = run.stored.referrals !== run.stored.expected;
  return [
    throughput(run, db, withTargets),
    latency(run, db),
    pacedLatency(run, db),
    {
      name: `${db}: server memory (RSS)`,
      value: run.rssMiB.peak,
      unit: 'MiB',
      display: `rest ${fmt(run.rssMiB.rest)} / peak under load ${fmt(run.rssMiB.peak)} / 2 s after ${fmt(run.rssMiB.after)} MiB`,
      note: `Node server process only (VmRSS every 100 ms, ${run.rssMiB.samples} samples)${run.dialect === 'postgres' ? '; PostgreSQL’s own processes not counted' : ''}`,
    },
    {
      name: `${db}: pushes failed or referrals not stored`,
      value: failures + (lost ? 1 : 0),
      unit: '',
      display: `${failures} of ${requests} pushes failed; ${fmt(run.stored.referrals)} of ${fmt(run.stored.expected)} referrals stored`,
      target: { max: 0 },
      ...(firstFailure ? { note: firstFailure } : {}),
    },
  ];
}

function details(run: SyncServerRun) {
  const phase = (r: PhaseResult) => ({
    requests: r.requests,
    referrals: r.referrals,
    failures: r.failures,
    elapsedMs: r.elapsedMs,
    referralsPerSecond: perSecond(r),
    latencyMs: rounded(distribution(r.latenciesMs)),
    serverMs: rounded(distribution(r.serverMs)),
    serverCpuMs: r.serverCpuMs,
    clientCpuMs: r.clientCpuMs,
  });
  return {
    sequential: phase(run.sequential),
    parallel: phase(run.parallel),
    concurrent: phase(run.concurrent),
    paced: phase(run.paced),
    concurrentLatency: describe(distribution(run.concurrent.latenciesMs)),
    rssMiB: run.rssMiB,
    stored: run.stored,
  };
}

async function onDatabase(
  open: () => Promise<BenchDatabase>,
  log: (m: string) => void,
): Promise<SyncServerRun> {
  const database = await open();
  try {
    return await runSyncServerBench(database, log);
  } finally {
    await database.cleanup();
  }
}

export default defineSuite({
  name: 'sync-server',
  title: 'Sync server: push throughput, latency, memory',
  order: 60,
  async run(ctx) {
    const log = (message: string) => ctx.log(message);
    const sqlite = await onDatabase(openSqliteBenchDb, log);
    const pg = await openPostgresBenchDb();
    let postgres: SyncServerRun | undefined;
    if ('unavailable' in pg) ctx.log(`sync-server: PostgreSQL skipped (${pg.unavailable})`);
    else postgres = await onDatabase(() => Promise.resolve(pg), log);
    return {
      metrics: [
        ...metrics(sqlite, true),
        ...(postgres
          ? metrics(postgres, false)
          : [
              {
                name: 'PostgreSQL',
                value: NaN,
                unit: '',
                display: 'not measured',
                note: 'no PostgreSQL answered',
              },
            ]),
      ],
      details: {
        plan: PLAN,
        rateLimit: 'raised to 1,000,000 burst and per second for the run',
        sqlite: details(sqlite),
        ...(postgres ? { postgres: details(postgres) } : {}),
      },
    };
  },
});
