/**
 * Supervisor's referral log with 100,000 referrals (target: first rows painted ≤ 500 ms).
 * Production build in Debian Chromium, signed in as supervisor S001 and pointed at the real sync
 * server (its own process) on a temp SQLite file seeded with 100,000 referrals, then on a fresh
 * PostgreSQL schema beside it when one answers. The page is opened in a new tab several times
 * (one warm-up open first); each open is timed in the page from navigation start to the first log
 * rows painted (bench/core/supervisor-page.ts). Then, with no browser on it, the server is asked
 * for the page's first page, for the total, and for the first page with the total counted in it
 * (what the page asked for before it split them), and its request log says how long each took.
 */
import {
  connectSupervisor,
  launchSupervisorBrowser,
  openLogTimed,
  type LogOpenTiming,
  type RequestTiming,
  type SupervisorBrowser,
} from '../core/supervisor-page';
import { startLogServer, type LogServer } from '../core/log-server';
import {
  openPostgresBenchDb,
  openSqliteBenchDb,
  type BenchDatabase,
} from '../core/server-database';
import { describe, distribution, fmt, median, rounded } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';

const ROWS = 100_000;
const OPENS = { warmup: 1, measured: 7 };
const SERVER_REPEATS = 7;
const TARGET_MS = 500;
/** The first page with the count in the same request (the page's request before the split). */
const COUNTED_FIRST_PAGE = 'sort=createdAt&order=desc&limit=500';

interface Open extends LogOpenTiming {
  /** GET /v1/referral-log times inside the server during this open, in the order they ended. */
  serverMs: number[];
}

interface ServerProbe {
  query: string;
  ms: number[];
}

interface DatabaseRun {
  dialect: string;
  seedMs: number;
  purgeMs: number;
  warmup: Open[];
  opens: Open[];
  firstPage: ServerProbe;
  count: ServerProbe | undefined;
  countedFirstPage: ServerProbe;
}

const logRequests = (o: LogOpenTiming) =>
  o.requests.filter((r) => r.url.startsWith('/v1/referral-log?'));
const isCount = (r: RequestTiming) => !r.url.includes('total=false');
const firstPageRequest = (o: LogOpenTiming) => logRequests(o)[0];
const countRequest = (o: LogOpenTiming) => logRequests(o).find(isCount);
const queryOf = (r: RequestTiming | undefined) => r?.url.split('?')[1];

async function probeServer(server: LogServer, query: string): Promise<ServerProbe> {
  return { query, ms: await server.serverTimes(query, SERVER_REPEATS) };
}

async function measure(
  browser: SupervisorBrowser,
  database: BenchDatabase,
  log: (message: string) => void,
): Promise<DatabaseRun> {
  log(`supervisor-log (${database.dialect}): seeding ${ROWS.toLocaleString('en-US')} referrals`);
  const server = await startLogServer(database, ROWS);
  try {
    await connectSupervisor(browser, server.url, server.token);
    log(`supervisor-log (${database.dialect}): ${OPENS.warmup} + ${OPENS.measured} opens`);
    const warmup: Open[] = [];
    const opens: Open[] = [];
    for (let i = 0; i < OPENS.warmup + OPENS.measured; i++) {
      server.logTimes();
      const timing = await openLogTimed(browser, server.url);
      (i < OPENS.warmup ? warmup : opens).push({ ...timing, serverMs: server.logTimes() });
    }
    const sample = opens[0];
    const firstQuery = sample && queryOf(firstPageRequest(sample));
    if (!sample || !firstQuery) throw new Error('the page asked for no log page');
    const countQuery = queryOf(countRequest(sample));
    return {
      dialect: database.dialect,
      seedMs: server.seedMs,
      purgeMs: server.purgeMs,
      warmup,
      opens,
      firstPage: await probeServer(server, firstQuery),
      count:
        countQuery && countQuery !== firstQuery ? await probeServer(server, countQuery) : undefined,
      countedFirstPage: await probeServer(server, COUNTED_FIRST_PAGE),
    };
  } finally {
    await server.stop();
  }
}

const label = (dialect: string) => (dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL');
const medianOf = (opens: Open[], pick: (o: Open) => number | undefined) =>
  median(opens.map((o) => pick(o) ?? NaN));

function metrics(run: DatabaseRun): Metric[] {
  const db = label(run.dialect);
  const painted = distribution(run.opens.map((o) => o.rowsPaintedMs));
  const page = distribution(run.firstPage.ms);
  const counted = distribution(run.countedFirstPage.ms);
  const count = run.count && distribution(run.count.ms);
  const cold = run.warmup[0];
  const o = run.opens;
  const timeline = [
    `page script done ${fmt(medianOf(o, (x) => x.domContentLoadedMs))}`,
    `first page asked ${fmt(medianOf(o, (x) => firstPageRequest(x)?.startMs))}`,
    `answered ${fmt(medianOf(o, (x) => firstPageRequest(x)?.endMs))}`,
    `rows in the DOM ${fmt(medianOf(o, (x) => x.rowsInDomMs))}`,
    ...(count ? [`total arrived ${fmt(medianOf(o, (x) => countRequest(x)?.endMs))}`] : []),
  ];
  return [
    {
      name: `${db}: open the log (${ROWS.toLocaleString('en-US')} referrals) → first rows painted`,
      value: painted.p95,
      unit: 'ms',
      display: describe(painted),
      target: { max: TARGET_MS },
      note: `from navigation start, new tab each time; medians: ${timeline.join(', ')} ms${cold ? `; first (warm-up) open ${fmt(cold.rowsPaintedMs)} ms` : ''}`,
    },
    {
      name: `${db}: first page of the log, inside the server`,
      value: page.p50,
      unit: 'ms',
      display: describe(page),
      note: `${run.firstPage.query}${count ? `; the total on its own (${run.count?.query}): p50 ${fmt(count.p50)} ms` : ''}; the first page with the total in it: p50 ${fmt(counted.p50)} / p95 ${fmt(counted.p95)} ms; server alone, from its request log`,
    },
  ];
}

function details(run: DatabaseRun) {
  return {
    seedMs: Math.round(run.seedMs),
    retentionPurgeMs: Math.round(run.purgeMs),
    paintedMs: rounded(distribution(run.opens.map((o) => o.rowsPaintedMs))),
    server: {
      firstPage: { ...run.firstPage, ms: rounded(distribution(run.firstPage.ms)) },
      ...(run.count ? { count: { ...run.count, ms: rounded(distribution(run.count.ms)) } } : {}),
      countedFirstPage: {
        ...run.countedFirstPage,
        ms: rounded(distribution(run.countedFirstPage.ms)),
      },
    },
    warmup: run.warmup,
    opens: run.opens,
  };
}

export default defineSuite({
  name: 'supervisor-log',
  title: 'Supervisor page: the referral log with 100,000 rows to first paint',
  order: 75,
  async run(ctx) {
    const prod = await ctx.extension('production');
    const browser = await launchSupervisorBrowser(prod.dir);
    const out: Metric[] = [];
    const raw: Record<string, unknown> = { rows: ROWS, opens: OPENS, viewport: '1366 × 900' };
    try {
      for (const open of [openSqliteBenchDb, openPostgresBenchDb]) {
        const database = await open();
        if ('unavailable' in database) {
          out.push({
            name: 'PostgreSQL',
            value: NaN,
            unit: '',
            display: 'not measured',
            note: database.unavailable,
          });
          continue;
        }
        try {
          const run = await measure(browser, database, (m) => ctx.log(m));
          out.push(...metrics(run));
          raw[run.dialect] = details(run);
        } finally {
          await database.cleanup();
        }
      }
    } finally {
      await browser.close();
    }
    return { metrics: out, details: raw };
  },
});
