/**
 * Server export benchmark (target: 100,000 referrals exported in ≤ 2 s, memory flat).
 * Run: `npx tsx bench/server-export.ts [--rows 100000]`.
 *
 * Seeds the referrals into a temporary SQLite file (and into a fresh schema of PostgreSQL when
 * TEST_DATABASE_URL or the local test cluster answers), starts the real sync server on a free port,
 * downloads GET /v1/referral-log/export?format=csv over HTTP twice (the first read of freshly
 * written data is colder than a branch server's usual state; the second is the steady case) and
 * samples the process's RSS and heap every 20 ms while it streams. Server and client share this
 * process, so RSS covers both. PostgreSQL gets VACUUM ANALYZE after seeding, as autovacuum would.
 * Prints one JSON line.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDb } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import type { Db } from '../server/db/types';
import { createToken } from '../server/repo/tokens';
import { startSyncServer } from '../server/start';
import { seedBenchReferrals } from './core/referral-seed';
import { resolvePostgresUrl } from '../support/database/pg-url';
import { createPgSchema, openThrowawaySqlite } from '../support/database/throwaway-db';
import type { ServerConfig } from '../server/config';

const TARGET_MS = 2000;
const MB = 1024 * 1024;
/** The same rows as every server benchmark (bench/core/referral-seed.ts), after migrating. */
async function seed(db: Db, rows: number): Promise<number> {
  const started = performance.now();
  await migrateToLatest(db);
  await seedBenchReferrals(db, rows);
  return performance.now() - started;
}

interface Run {
  firstByteMs: number;
  exportMs: number;
  rowsPerSecond: number;
  bytes: number;
  rss: { beforeMb: number; peakMb: number; growthMb: number };
  heapPeakMb: number;
}

interface ExportResult {
  database: string;
  rows: number;
  seedMs: number;
  cold: Run;
  warm: Run;
  targetMs: number;
  metTarget: boolean;
}

async function measureExport(
  config: ServerConfig,
  token: string,
  rows: number,
  seedMs: number,
  database: string,
): Promise<ExportResult> {
  const quiet = { info: () => undefined, error: () => undefined };
  const server = await startSyncServer(config, quiet);
  try {
    const cold = await download(server.url, token, rows);
    const warm = await download(server.url, token, rows);
    return {
      database,
      rows,
      seedMs: Math.round(seedMs),
      cold,
      warm,
      targetMs: TARGET_MS,
      metTarget: warm.exportMs <= TARGET_MS,
    };
  } finally {
    await server.close();
  }
}

async function download(baseUrl: string, token: string, rows: number): Promise<Run> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  try {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/v1/referral-log/export?format=csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok || !res.body) throw new Error(`export answered ${res.status}`);
    const reader = res.body.getReader();
    let firstByteMs = 0;
    let bytes = 0;
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += value.byteLength;
      for (let i = value.indexOf(0x0a); i !== -1; i = value.indexOf(0x0a, i + 1)) lines++;
    }
    const exportMs = performance.now() - started;
    if (lines !== rows + 1) throw new Error(`expected ${rows + 1} lines, got ${lines}`);
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      firstByteMs: round(firstByteMs),
      exportMs: Math.round(exportMs),
      rowsPerSecond: Math.round(rows / (exportMs / 1000)),
      bytes,
      rss: {
        beforeMb: round(before.rss / MB),
        peakMb: round(peakRss / MB),
        growthMb: round((peakRss - before.rss) / MB),
      },
      heapPeakMb: round(peakHeap / MB),
    };
  } finally {
    clearInterval(sampler);
  }
}

const baseConfig = {
  port: 0,
  host: '127.0.0.1',
  rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  corsOrigins: [],
  retentionDays: 0,
};

async function benchSqlite(rows: number): Promise<ExportResult> {
  const target = await openThrowawaySqlite({ migrate: false });
  try {
    const seedMs = await seed(target.db, rows);
    const { token } = await supervisorToken(target.db);
    await target.db.close();
    const sqlitePath = target.env.SQLITE_PATH ?? '';
    return await measureExport({ ...baseConfig, sqlitePath }, token, rows, seedMs, 'sqlite');
  } finally {
    await target.cleanup().catch(() => undefined);
  }
}

function supervisorToken(db: Db): Promise<{ token: string }> {
  return createToken(db, { role: 'supervisor', branchId: '0101', staffId: 'S001' }, new Date());
}

async function benchPostgres(
  rows: number,
): Promise<ExportResult | { database: 'postgres'; skipped: string }> {
  const base = await resolvePostgresUrl();
  if (!base.ok) return { database: 'postgres', skipped: base.reason };
  const schema = await createPgSchema(base.url);
  try {
    const db = openDb({ databaseUrl: schema.url, poolSize: 4 });
    const seedMs = await seed(db, rows);
    await sql`vacuum analyze referrals`.execute(db.kysely);
    const { token } = await supervisorToken(db);
    await db.close();
    return await measureExport(
      { ...baseConfig, sqlitePath: '', databaseUrl: schema.url },
      token,
      rows,
      seedMs,
      'postgres',
    );
  } finally {
    await schema.drop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows: a positive whole number');
  const sqlite = await benchSqlite(rows);
  const postgres = await benchPostgres(rows);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'server-export',
      date: new Date().toISOString(),
      machine: {
        cpus: os.availableParallelism(),
        node: process.version,
        loadAverage: os.loadavg()[0],
      },
      results: [sqlite, postgres],
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `server-export bench: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
