/**
 * Opens the database: PostgreSQL when a URL is given, else the embedded SQLite file (WAL mode).
 * The same Kysely code runs on both; the few dialect differences live in migrations.ts and
 * repo/changes.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ReadWorkerDialect } from './read-worker-dialect';
import type { Database, Db } from './types';
import { startWalCheckpointer } from './wal-checkpointer';

export interface DbOptions {
  /** postgres://… — when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** SQLite file, used when no databaseUrl (default ./data/sidekick.sqlite). */
  sqlitePath?: string;
  /** PostgreSQL pool size per server instance. */
  poolSize?: number;
  /** SQLite: checkpoint the WAL from a worker thread (the server; not one-shot CLI commands). */
  backgroundCheckpoint?: boolean;
  /** SQLite: run `reader` queries on a read-only connection in a worker thread (the server). */
  readerThread?: boolean;
}

export const DEFAULT_SQLITE_PATH = path.join('data', 'sidekick.sqlite');

/** int8 (bigserial ids, count(*)) as numbers: our ids stay far below 2^53. */
const INT8_OID = 20;
const int8AsNumber = (value: string): number => Number(value);
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? int8AsNumber
      : (pg.types.getTypeParser(oid, format) as (
          value: string,
        ) => unknown)) as typeof pg.types.getTypeParser,
};

export function openDb(options: DbOptions): Db {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openSqlite(options.sqlitePath ?? DEFAULT_SQLITE_PATH, options);
}

function openPostgres(connectionString: string, max: number): Db {
  const pool = new pg.Pool({ connectionString, max, types: pgTypes });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // The driver is asynchronous: reads already leave the event loop free.
  return { kysely, reader: kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

function openSqlite(
  file: string,
  { backgroundCheckpoint = false, readerThread = false }: DbOptions,
): Db {
  const onDisk = file !== ':memory:';
  if (onDisk) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const checkpointer =
    onDisk && backgroundCheckpoint ? startWalCheckpointer(path.resolve(file)) : undefined;
  if (checkpointer) {
    // Only a fallback now (pages of 4 KiB: 16 MiB of WAL); the file shrinks back to 64 MiB at most.
    database.pragma('wal_autocheckpoint = 4096');
    database.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const reader =
    onDisk && readerThread
      ? new Kysely<Database>({ dialect: new ReadWorkerDialect(path.resolve(file)) })
      : kysely;
  return {
    kysely,
    reader,
    dialect: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      if (reader !== kysely) await reader.destroy();
      await kysely.destroy();
    },
  };
}
