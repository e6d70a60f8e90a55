/**
 * What a database error means for the caller, by driver code: better-sqlite3's `SQLITE_*` codes and
 * PostgreSQL's SQLSTATE. Only conditions that clear up by themselves are mapped; everything else
 * stays an internal error.
 *   unavailable   the database is down, restarting or locked: retry shortly (503)
 *   storage_full  no space left for writes (SQLITE_FULL, PostgreSQL 53100 disk_full): reads still
 *                 work, writes wait until an operator frees space (503, longer Retry-After)
 */
export type DbTrouble = 'unavailable' | 'storage_full';

const TROUBLE_BY_CODE: Record<string, DbTrouble> = {
  ECONNREFUSED: 'unavailable',
  '57P01': 'unavailable', // admin_shutdown
  '57P03': 'unavailable', // cannot_connect_now (starting up)
  SQLITE_BUSY: 'unavailable',
  SQLITE_FULL: 'storage_full',
  '53100': 'storage_full', // disk_full
};

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

export function dbTrouble(error: unknown): DbTrouble | undefined {
  const code = errorCode(error);
  return code === undefined ? undefined : TROUBLE_BY_CODE[code];
}

/** Seconds a client should wait before retrying. */
export const RETRY_AFTER_SECONDS: Record<DbTrouble, number> = {
  unavailable: 5,
  storage_full: 60,
};
