/** An empty database (no migrations run) on each target, for testing a migration's backfill. */
import type { DialectName } from '../../../server/db/types';
import {
  openThrowawayPostgres,
  openThrowawaySqlite,
  type ThrowawayDb,
} from '../../../support/database/throwaway-db';
import { resolvePostgresUrl } from '../../../support/database/pg-url';

export type BlankDb = Pick<ThrowawayDb, 'db' | 'cleanup'>;

export async function openBlank(dialect: DialectName): Promise<BlankDb> {
  if (dialect === 'sqlite') return openThrowawaySqlite({ migrate: false });
  const resolved = await resolvePostgresUrl();
  if (!resolved.ok) throw new Error(resolved.reason);
  return openThrowawayPostgres(resolved.url, { migrate: false, poolSize: 2 });
}
