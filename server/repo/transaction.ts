/** One transaction, retried when PostgreSQL aborts it for a deadlock or serialization failure. */
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/types';

const RETRYABLE_CODES = new Set(['40P01', '40001', 'SQLITE_BUSY']);

function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    RETRYABLE_CODES.has(String(error.code))
  );
}

export async function inTransaction<T>(
  db: Db,
  work: (trx: Kysely<Database>) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.kysely.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 15 + Math.random() * 20));
    }
  }
}
