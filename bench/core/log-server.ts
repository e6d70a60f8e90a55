/**
 * A branch server holding a large referral log, for the supervisor-page benchmark: a fresh
 * database (temp SQLite file, or a new schema of the local PostgreSQL) seeded with `rows`
 * referrals, a supervisor token, and the real server in its own process
 * (`node --import tsx server/main.ts`). PostgreSQL gets VACUUM ANALYZE after seeding, as
 * autovacuum would on a server that has been running; SQLite is left as the server leaves it.
 * The seeded referrals are older than the default retention (180 days), so the retention purge
 * is run once before the server starts, as a running server's daily purge would have done: the
 * server's own first purge (5 s after start) then finds nothing, instead of blocking a SQLite
 * server for seconds in the middle of the measurements.
 * `logTimes()` reads the server's own request log: how long each GET /v1/referral-log took
 * inside the server (auth, query, rows, JSON), in the order they finished; `serverTimes()` asks
 * for one query repeatedly, with nothing else running against the server, and reads the same log.
 */
import { sql } from 'kysely';
import { DEFAULT_RETENTION_DAYS } from '../../lib/retention/policy';
import { purgePersonalData } from '../../server/repo/retention';
import { createToken } from '../../server/repo/tokens';
import { startServer, type ServerProcess } from '../../support/server/server-process';
import { seedBenchReferrals, SEED_BRANCH } from './referral-seed';
import type { BenchDatabase } from './server-database';

export interface LogServer {
  url: string;
  token: string;
  seedMs: number;
  /** The one-off retention purge of the seeded rows, ms. */
  purgeMs: number;
  /** Server-side times (ms) of GET /v1/referral-log since the last call, then forgets them. */
  logTimes(): number[];
  /** GET /v1/referral-log?`query` `times` times, one after another, from Node: each one's time inside the server, ms. */
  serverTimes(query: string, times: number): Promise<number[]>;
  stop(): Promise<void>;
}

function requestTimes(lines: string[], path: string): number[] {
  const times: number[] = [];
  for (const line of lines) {
    if (!line.includes(`"${path}"`)) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; path?: string; ms?: number };
      if (entry.msg === 'request' && entry.path === path && typeof entry.ms === 'number')
        times.push(entry.ms);
    } catch {
      // not a log line
    }
  }
  return times;
}

export async function startLogServer(database: BenchDatabase, rows: number): Promise<LogServer> {
  const seedMs = await seedBenchReferrals(database.db, rows);
  const purgeStarted = performance.now();
  await purgePersonalData(database.db, {
    now: new Date(),
    days: DEFAULT_RETENTION_DAYS,
    actor: 'bench',
  });
  const purgeMs = performance.now() - purgeStarted;
  if (database.dialect === 'postgres')
    await sql`vacuum analyze referrals`.execute(database.db.kysely);
  const { token } = await createToken(
    database.db,
    { role: 'supervisor', branchId: SEED_BRANCH, staffId: 'S001', label: 'bench' },
    new Date(),
    'bench',
  );
  const server: ServerProcess = await startServer(database.env);
  const logTimes = () => {
    const times = requestTimes(server.output, '/v1/referral-log');
    server.output.length = 0;
    return times;
  };
  return {
    url: server.url,
    token,
    seedMs,
    purgeMs,
    logTimes,
    async serverTimes(query, times) {
      logTimes();
      for (let i = 0; i < times; i++) {
        const res = await fetch(`${server.url}/v1/referral-log?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok) throw new Error(`GET /v1/referral-log?${query} answered ${res.status}`);
        await res.arrayBuffer();
      }
      const seen: number[] = [];
      for (let waited = 0; seen.length < times && waited < 2_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen.push(...logTimes());
      }
      return seen;
    },
    stop: () => server.stop(),
  };
}
