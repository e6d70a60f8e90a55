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
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDb } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrations';
import type { Db } from '../server/db/types';
import { createToken } from '../server/repo/tokens';
import { startSyncServer } from '../server/start';
import { seedBenchReferrals } from './core/referral-seed';
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
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  const sqlitePath = path.join(dir, 'sidekick.sqlite');
  try {
    const db = openDb({ sqlitePath });
    const seedMs = await seed(db, rows);
    const { token } = await createToken(
      db,
      { role: 'supervisor', branchId: '0101', staffId: 'S001' },
      new Date(),
    );
    await db.close();
    return await measureExport({ ...baseConfig, sqlitePath }, token, rows, seedMs, 'sqlite');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function reachablePostgres(): Promise<string | undefined> {
  const candidates = [
    process.env.TEST_DATABASE_URL,
    'postgres://sidekick_test:sidekick_test@127.0.0.1:5432/sidekick_test',
  ].filter((u): u is string => Boolean(u));
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return url;
    } catch {
      // next
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

async function benchPostgres(
  rows: number,
): Promise<ExportResult | { database: 'postgres'; skipped: string }> {
  const base = await reachablePostgres();
  if (!base)
    return {
      database: 'postgres',
      skipped: 'no PostgreSQL (set TEST_DATABASE_URL or run scripts/pg-test-db.sh)',
    };
  const schema = `bench_export_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const db = openDb({ databaseUrl: url.toString(), poolSize: 4 });
    const seedMs = await seed(db, rows);
    await sql`vacuum analyze referrals`.execute(db.kysely);
    const { token } = await createToken(
      db,
      { role: 'supervisor', branchId: '0101', staffId: 'S001' },
      new Date(),
    );
    await db.close();
    return await measureExport(
      { ...baseConfig, sqlitePath: '', databaseUrl: url.toString() },
      token,
      rows,
      seedMs,
      'postgres',
    );
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
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
