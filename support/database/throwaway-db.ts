/**
 * A throwaway database for server tests and benchmarks: a temp SQLite file, or a new schema in the
 * test PostgreSQL (found by `resolvePostgresUrl`). `cleanup()` deletes the file or drops the
 * schema. Schemas are named `t_<pid>_<base36 time>_<tag>`, so a run that was killed leaves one the
 * next run's sweep removes after six hours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrations';
import type { Db } from '../../server/db/types';

export interface ThrowawayDb {
  db: Db;
  /** Environment for a server process on the same database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Run the migrations (default true); false gives an empty database for migration tests. */
  migrate?: boolean;
  poolSize?: number;
  /** SQLite: long reads on a read-only connection in a worker thread, as the server opens it. */
  readerThread?: boolean;
}

const STALE_AFTER_MS = 6 * 3600_000;
let counter = 0;

export async function openThrowawaySqlite(options: ThrowawayOptions = {}): Promise<ThrowawayDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-db-'));
  const file = path.join(dir, 'sidekick.sqlite');
  const db = openDb({ sqlitePath: file, readerThread: options.readerThread ?? false });
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    env: { SQLITE_PATH: file },
    async cleanup() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Schemas left behind by killed runs (t_<pid>_<base36 time>_<tag>) go after six hours. */
async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "select nspname as name from pg_namespace where nspname ~ '^t_[0-9]+_[0-9a-z]+_[0-9a-z]+$'",
  );
  for (const { name } of rows) {
    const started = parseInt(name.split('_')[2] ?? '', 36);
    if (Date.now() - started > STALE_AFTER_MS) {
      await client.query(`drop schema if exists ${name} cascade`).catch(() => undefined);
    }
  }
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new schema in the PostgreSQL at `baseUrl`; the returned URL puts it on the search path. */
export async function createPgSchema(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await withClient(baseUrl, async (admin) => {
    await dropStaleSchemas(admin);
    await admin.query(`create schema ${schema}`);
  });
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () =>
      withClient(baseUrl, async (client) => {
        await client.query(`drop schema if exists ${schema} cascade`);
      }),
  };
}

export async function openThrowawayPostgres(
  baseUrl: string,
  options: ThrowawayOptions = {},
): Promise<ThrowawayDb> {
  const schema = await createPgSchema(baseUrl);
  const db = openDb({ databaseUrl: schema.url, poolSize: options.poolSize ?? 5 });
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    env: { DATABASE_URL: schema.url },
    async cleanup() {
      await db.close();
      await schema.drop();
    },
  };
}
