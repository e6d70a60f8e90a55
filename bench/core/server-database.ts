/**
 * A fresh, migrated database for a server benchmark: a temp SQLite file, or a new schema in the
 * test PostgreSQL (TEST_DATABASE_URL, the local defaults, or scripts/pg-test-db.sh — found the
 * way the server tests find it). `cleanup()` deletes the file or drops the schema. Schemas are
 * named by support/database/throwaway-db.ts, whose stale-schema sweep removes one left behind by
 * a killed run.
 */
import type { Db, DialectName } from '../../server/db/types';
import { replaceRoster } from '../../server/repo/roster';
import { ROSTER } from '../../support/server/fixtures';
import { createToken } from '../../server/repo/tokens';
import { resolvePostgresUrl } from '../../support/database/pg-url';
import {
  openThrowawayPostgres,
  openThrowawaySqlite,
  type ThrowawayDb,
} from '../../support/database/throwaway-db';

export interface BenchDatabase extends ThrowawayDb {
  dialect: DialectName;
}

export async function openSqliteBenchDb(): Promise<BenchDatabase> {
  return { dialect: 'sqlite', ...(await openThrowawaySqlite()) };
}

/** `{ unavailable: reason }` when no PostgreSQL answers. */
export async function openPostgresBenchDb(): Promise<BenchDatabase | { unavailable: string }> {
  const resolved = await resolvePostgresUrl();
  if (!resolved.ok) return { unavailable: resolved.reason };
  return { dialect: 'postgres', ...(await openThrowawayPostgres(resolved.url, { poolSize: 2 })) };
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
