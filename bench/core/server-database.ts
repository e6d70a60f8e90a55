/**
 * A fresh, migrated database for a server benchmark: a temp SQLite file, or a new schema in the
 * test PostgreSQL (TEST_DATABASE_URL, the local defaults, or scripts/pg-test-db.sh — found the
 * way the server tests find it). `cleanup()` deletes the file or drops the schema. Schemas are
 * named like the server tests' (`t_<pid>_<base36 time>_b`), so the tests' stale-schema sweep
 * removes one left behind by a killed run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import type { Db, DialectName } from '../../server/db/types';
import { replaceRoster } from '../../server/repo/roster';
import { ROSTER } from '../../tests/server/helpers/fixtures';
import { createToken } from '../../server/repo/tokens';
import { resolvePostgresUrl } from '../../tests/server/helpers/pg-url';

export interface BenchDatabase {
  dialect: DialectName;
  db: Db;
  /** Environment for a server process on the same database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function openSqliteBenchDb(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-bench-db-'));
  const file = path.join(dir, 'sidekick.sqlite');
  const db = openDb({ sqlitePath: file });
  await migrateToLatest(db);
  return {
    dialect: 'sqlite',
    db,
    env: { SQLITE_PATH: file },
    async cleanup() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `{ unavailable: reason }` when no PostgreSQL answers. */
export async function openPostgresBenchDb(): Promise<BenchDatabase | { unavailable: string }> {
  const resolved = await resolvePostgresUrl();
  if (!resolved.ok) return { unavailable: resolved.reason };
  const schema = `t_${process.pid}_${Date.now().toString(36)}_b`;
  const admin = new pg.Client({ connectionString: resolved.url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(resolved.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = openDb({ databaseUrl: url.toString(), poolSize: 2 });
  await migrateToLatest(db);
  return {
    dialect: 'postgres',
    db,
    env: { DATABASE_URL: url.toString() },
    async cleanup() {
      await db.close();
      const client = new pg.Client({ connectionString: resolved.url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export interface TellerToken {
  staffId: string;
  token: string;
}

/**
 * One teller token per simulated counter (staff T2000, T2001, …) in branch 0101, and the test
 * roster there (a push names a client manager of the branch's roster).
 */
export async function tellerTokens(db: Db, count: number): Promise<TellerToken[]> {
  await replaceRoster(db, ROSTER, [], new Date(), 'bench');
  const tokens: TellerToken[] = [];
  for (let i = 0; i < count; i += 1) {
    const staffId = `T${2000 + i}`;
    const { token } = await createToken(
      db,
      { role: 'teller', branchId: '0101', staffId, label: 'bench' },
      new Date(),
      'bench',
    );
    tokens.push({ staffId, token });
  }
  return tokens;
}

export async function countRows(db: Db, table: 'referrals' | 'events'): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
