/**
 * The two databases every server test runs on. Each `open()` gives a fresh database: a temp
 * SQLite file, or a new schema in the test PostgreSQL database (dropped by `cleanup()`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrations';
import type { Db, DialectName } from '../../../server/db/types';
import { postgresRequired, resolvePostgresUrl } from './pg-url';

export interface TestDatabase {
  db: Db;
  /** Environment for a child server process using the same database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export interface DbTarget {
  name: DialectName;
  open(options?: { poolSize?: number }): Promise<TestDatabase>;
}

let counter = 0;

const sqliteTarget: DbTarget = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-test-'));
    const file = path.join(dir, 'sidekick.sqlite');
    // As the server opens it: long reads on the read-only connection in a worker thread.
    const db = openDb({ sqlitePath: file, readerThread: true });
    await migrateToLatest(db);
    return {
      db,
      env: { SQLITE_PATH: file },
      async cleanup() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** Schemas left behind by runs that were killed (t_<pid>_<base36 time>_<n>) go after six hours. */
async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "select nspname as name from pg_namespace where nspname ~ '^t_[0-9]+_[0-9a-z]+_[0-9]+$'",
  );
  for (const { name } of rows) {
    const started = parseInt(name.split('_')[2] ?? '', 36);
    if (Date.now() - started > 6 * 3600_000) {
      await client.query(`drop schema if exists ${name} cascade`).catch(() => undefined);
    }
  }
}

function postgresTarget(baseUrl: string): DbTarget {
  return {
    name: 'postgres',
    async open(options) {
      const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await dropStaleSchemas(admin);
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const db = openDb({ databaseUrl: url.toString(), poolSize: options?.poolSize ?? 5 });
      await migrateToLatest(db);
      return {
        db,
        env: { DATABASE_URL: url.toString() },
        async cleanup() {
          await db.close();
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

async function resolveTargets(): Promise<{ targets: DbTarget[]; skipped?: string }> {
  const pgUrl = await resolvePostgresUrl();
  if (pgUrl.ok) return { targets: [sqliteTarget, postgresTarget(pgUrl.url)] };
  if (postgresRequired()) {
    throw new Error(`PostgreSQL is required here (CI) but unavailable: ${pgUrl.reason}`);
  }
  const warning = `\n${'!'.repeat(78)}\n!! SERVER TESTS RUN ON SQLITE ONLY: ${pgUrl.reason}.\n!! Run scripts/pg-test-db.sh (as root) to test the PostgreSQL path too.\n${'!'.repeat(78)}\n`;
  console.warn(warning);
  return { targets: [sqliteTarget], skipped: pgUrl.reason };
}

export const { targets: DB_TARGETS, skipped: POSTGRES_SKIPPED } = await resolveTargets();
export const POSTGRES_TARGET = DB_TARGETS.find((t) => t.name === 'postgres');
