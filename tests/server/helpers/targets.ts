/**
 * The two databases every server test runs on. Each `open()` gives a fresh database: a temp
 * SQLite file, or a new schema in the test PostgreSQL database (dropped by `cleanup()`).
 */
import type { DialectName } from '../../../server/db/types';
import {
  openThrowawayPostgres,
  openThrowawaySqlite,
  type ThrowawayDb,
} from '../../../support/database/throwaway-db';
import { postgresRequired, resolvePostgresUrl } from '../../../support/database/pg-url';

export type TestDatabase = ThrowawayDb;

export interface DbTarget {
  name: DialectName;
  open(options?: { poolSize?: number }): Promise<TestDatabase>;
}

// As the server opens it: long reads on the read-only connection in a worker thread.
const sqliteTarget: DbTarget = {
  name: 'sqlite',
  open: () => openThrowawaySqlite({ readerThread: true }),
};

function postgresTarget(baseUrl: string): DbTarget {
  return { name: 'postgres', open: (options) => openThrowawayPostgres(baseUrl, options) };
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
