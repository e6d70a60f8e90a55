/**
 * Where the changes feed ends now for one reader: the cursor a live listener starts from, so it
 * hears only what happens after it connected. On PostgreSQL only rows of finished transactions
 * count (see changes.ts): a change still being written sorts after this cursor and is heard.
 */
import { sql } from 'kysely';
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import type { Cursor } from './changes';
import { visibleTo } from './visibility';

export async function feedEnd(db: Db, auth: AuthInfo): Promise<Cursor> {
  let query = db.reader
    .selectFrom('changes')
    .select(['tx_id', 'change_id'])
    .where(visibleTo<'changes'>(auth));
  if (db.dialect === 'postgres') {
    query = query.where(
      'tx_id',
      '<',
      sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
    );
  }
  const last = await query
    .orderBy('tx_id', 'desc')
    .orderBy('change_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last
    ? { txId: Number(last.tx_id), changeId: Number(last.change_id) }
    : { txId: 0, changeId: 0 };
}
