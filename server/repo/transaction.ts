/**
 * One transaction, retried when PostgreSQL aborts it for a deadlock or serialization failure.
 *
 * The rollback is ours, not Kysely's: when SQLite runs out of space (SQLITE_FULL) it has already
 * rolled the transaction back itself, so a second ROLLBACK fails with "cannot rollback - no
 * transaction is active" — and that error would replace the real cause. A failed rollback is
 * ignored here and the original error is what the caller (and the log) sees.
 */
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/types';
import { errorCode } from '../db/errors';

const RETRYABLE_CODES = new Set(['40P01', '40001', 'SQLITE_BUSY']);

function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && RETRYABLE_CODES.has(code);
}

async function once<T>(db: Db, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const trx = await db.kysely.startTransaction().execute();
  let result: T;
  try {
    result = await work(trx);
    await trx.commit().execute();
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
  return result;
}

export async function inTransaction<T>(
  db: Db,
  work: (trx: Kysely<Database>) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(db, work);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 15 + Math.random() * 20));
    }
  }
}
