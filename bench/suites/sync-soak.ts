/**
 * Mixed soak: 50 clients against a branch of 20,000 referrals, 80 % pushing one handoff at a time
 * and 20 % pulling from cursor 0, each client one request every 250 ms, for 20 s — on SQLite and,
 * when one answers,
 * PostgreSQL. Reports push and pull latency and the longest event-loop block in the server
 * (see bench/core/soak-run.ts).
 *
 * Limits. Longest block ≤ 50 ms: one block delays every request in the server at once, and half of
 * the 100 ms in which a click still feels immediate is what we allow one request to take from all
 * the others. p99 ≤ 250 ms for push and pull: the load is below what the server answers, so p99
 * is a request's own time plus whatever else held the server; a quarter of a second keeps the
 * counter's sync and the panels' refreshes inside what a user waits for without noticing (and
 * leaves room for a shared, busy machine), while a pull that holds the server pushes p99 into
 * seconds.
 */
import {
  openPostgresBenchDb,
  openSqliteBenchDb,
  type BenchDatabase,
} from '../core/server-database';
import { runSoak, SOAK_PLAN, type SoakRun } from '../core/soak-run';
import { distribution, fmt, rounded } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';

const LIMITS = { p99Ms: 250, blockMs: 50 };

function metrics(run: SoakRun): Metric[] {
  const db = run.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const push = distribution(run.load.pushMs);
  const pull = distribution(run.load.pullMs);
  const seconds = run.load.elapsedMs / 1000;
  const latency = (what: string, d: typeof push, note: string): Metric => ({
    name: `${db}: ${what} latency in the mixed soak`,
    value: d.p99,
    unit: 'ms',
    display: `p50 ${fmt(d.p50)} / p99 ${fmt(d.p99)} / max ${fmt(d.max)} ms (n=${d.n}); p99 ${fmt(d.p99 / LIMITS.p99Ms)} × limit`,
    target: { max: LIMITS.p99Ms },
    note,
  });
  const block = run.loopDelay?.maxMs ?? NaN;
  return [
    latency(
      'push',
      push,
      `${SOAK_PLAN.pushers} counters, one handoff per push every ${SOAK_PLAN.paceMs} ms each: ${fmt(push.n / seconds)} pushes/s`,
    ),
    latency(
      'pull from cursor 0',
      pull,
      `${SOAK_PLAN.pullers} supervisors: ${fmt(pull.n / seconds)} pulls/s, ${fmt(run.load.pulledChanges / Math.max(1, pull.n))} changes per page`,
    ),
    {
      name: `${db}: longest event-loop block in the mixed soak`,
      value: block,
      unit: 'ms',
      display: run.loopDelay
        ? `max ${fmt(block)} / p99 ${fmt(run.loopDelay.p99Ms)} ms; ${fmt(block / LIMITS.blockMs)} × limit`
        : 'not reported',
      target: { max: LIMITS.blockMs },
      note: `perf_hooks.monitorEventLoopDelay in the server (${run.loopDelay?.resolutionMs ?? '?'} ms resolution), measuring window only`,
    },
    {
      name: `${db}: requests failed in the mixed soak`,
      value: run.load.failures,
      unit: '',
      target: { max: 0 },
      ...(run.load.firstFailure ? { note: run.load.firstFailure } : {}),
    },
  ];
}

async function onDatabase(
  open: () => Promise<BenchDatabase>,
  log: (m: string) => void,
): Promise<SoakRun> {
  const database = await open();
  try {
    return await runSoak(database, log);
  } finally {
    await database.cleanup();
  }
}

const details = (run: SoakRun) => ({
  serverRoot: run.serverRoot,
  seedMs: run.seedMs,
  elapsedMs: run.load.elapsedMs,
  pushMs: rounded(distribution(run.load.pushMs)),
  pullMs: rounded(distribution(run.load.pullMs)),
  pulledChanges: run.load.pulledChanges,
  loopDelay: run.loopDelay,
});

export default defineSuite({
  name: 'sync-soak',
  title: 'Sync server: mixed soak, 80 % push / 20 % pull from cursor 0',
  order: 61,
  async run(ctx) {
    const log = (message: string) => ctx.log(message);
    const sqlite = await onDatabase(openSqliteBenchDb, log);
    const pg = await openPostgresBenchDb();
    let postgres: SoakRun | undefined;
    if ('unavailable' in pg) ctx.log(`sync-soak: PostgreSQL skipped (${pg.unavailable})`);
    else postgres = await onDatabase(() => Promise.resolve(pg), log);
    return {
      metrics: [...metrics(sqlite), ...(postgres ? metrics(postgres) : [])],
      details: {
        plan: SOAK_PLAN,
        limits: LIMITS,
        sqlite: details(sqlite),
        ...(postgres ? { postgres: details(postgres) } : {}),
      },
    };
  },
});
