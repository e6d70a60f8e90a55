/**
 * The changes feed behind `GET /v1/sync/pull`.
 *
 * Every write that a device should hear about (a new referral, a status change, an undo) appends
 * a row to `changes` in the same transaction. Pull returns rows after the caller's cursor.
 *
 * Ordering across concurrent writers. An id from a sequence is taken when a row is inserted, not
 * when its transaction commits, so on PostgreSQL with several server instances change 11 can
 * become visible before change 10. A reader that advanced its cursor past 11 would then never
 * see 10. We avoid that with the writer's transaction id:
 *   - each row stores `tx_id` = pg_current_xact_id() of the transaction that wrote it;
 *   - the feed is ordered by (tx_id, change_id), and the cursor is that pair;
 *   - pull only returns rows with tx_id < xmin of its snapshot, i.e. rows whose transaction and
 *     every older transaction has finished. Any transaction still running has tx_id >= xmin and
 *     sorts after everything already returned, so nothing is skipped.
 * A long-running transaction delays (never loses) the feed until it ends.
 * SQLite has one writer at a time and commits in id order, so tx_id is always 0 there.
 *
 * A cursor beyond the newest change (the database was restored from a backup, or the device
 * talks to a new server) starts the caller over from the beginning: devices upsert what they
 * pull, so a repeat is harmless, while a skipped change would not be.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, Db, ReferralsTable } from '../db/types';
import type { AuthInfo } from '../http/env';
import { HttpError } from '../http/errors';
import { SERVER_REFERRAL_COLUMNS } from './referral-rows';
import { visibleTo } from './visibility';

export type ChangeKind = 'created' | 'status' | 'undone';

export interface ChangeSource {
  id: string;
  branch_id: string;
  referrer_staff_id: string;
  second_credit_staff_id: string | null;
  manager_staff_id: string;
}

async function isBeyondFeed(db: Db, cursor: Cursor): Promise<boolean> {
  if (cursor.changeId === 0) return false;
  const newest = await db.reader
    .selectFrom('changes')
    .select((eb) => eb.fn.max('change_id').as('id'))
    .executeTakeFirst();
  return Number(newest?.id ?? 0) < cursor.changeId;
}

export async function appendChanges(
  trx: Kysely<Database>,
  referrals: ChangeSource[],
  kind: ChangeKind,
  at: string,
): Promise<void> {
  if (referrals.length === 0) return;
  await trx
    .insertInto('changes')
    .values(
      referrals.map((r) => ({
        referral_id: r.id,
        branch_id: r.branch_id,
        referrer_staff_id: r.referrer_staff_id,
        second_credit_staff_id: r.second_credit_staff_id,
        manager_staff_id: r.manager_staff_id,
        kind,
        at,
      })),
    )
    .execute();
}

export interface Cursor {
  txId: number;
  changeId: number;
}

export function parseCursor(text: string | undefined): Cursor {
  if (!text || text === '0') return { txId: 0, changeId: 0 };
  const [tx, change] = text.split('.').map(Number);
  if (!Number.isSafeInteger(tx) || !Number.isSafeInteger(change))
    throw new HttpError(400, 'invalid_cursor', { message: 'cursor out of range' });
  return { txId: tx ?? 0, changeId: change ?? 0 };
}

export function formatCursor(cursor: Cursor): string {
  return cursor.txId === 0 && cursor.changeId === 0 ? '0' : `${cursor.txId}.${cursor.changeId}`;
}

export type PulledRow = Pick<Selectable<ReferralsTable>, (typeof SERVER_REFERRAL_COLUMNS)[number]>;

export interface ChangePage {
  /** Current state of each referral changed in the page, in the order of its latest change. */
  referrals: (PulledRow & { id: string })[];
  cursor: Cursor;
  hasMore: boolean;
}

/**
 * One page of the feed with the referrals' current rows, in one query on the read connection.
 * The page of change rows is chosen first (visibility, cursor, order, limit: a range of one
 * `changes_*_cursor` index), then each referral is looked up by primary key. A visibility
 * condition on `referrals` itself is not repeated: the columns it reads are copied into
 * `changes` when the referral is created and never change, and such a condition tempts SQLite
 * into scanning the whole branch's referrals instead of the page's ids.
 */
export async function readChanges(
  db: Db,
  auth: AuthInfo,
  cursor: Cursor,
  limit: number,
): Promise<ChangePage> {
  const from = (await isBeyondFeed(db, cursor)) ? { txId: 0, changeId: 0 } : cursor;
  let page = db.reader
    .selectFrom('changes')
    .select(['tx_id', 'change_id', 'referral_id'])
    .where(visibleTo<'changes'>(auth))
    .where((eb) =>
      eb.or([
        eb('tx_id', '>', from.txId),
        eb.and([eb('tx_id', '=', from.txId), eb('change_id', '>', from.changeId)]),
      ]),
    );
  if (db.dialect === 'postgres') {
    page = page.where(
      'tx_id',
      '<',
      sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
    );
  }
  const rows = await db.reader
    .selectFrom(
      page
        .orderBy('tx_id')
        .orderBy('change_id')
        .limit(limit + 1)
        .as('p'),
    )
    // A left join, so that the cursor and `hasMore` count change rows, whatever the join finds.
    .leftJoin('referrals as r', 'r.id', 'p.referral_id')
    .select(['p.tx_id', 'p.change_id', 'p.referral_id'])
    .select(SERVER_REFERRAL_COLUMNS.map((c) => `r.${c}` as const))
    .orderBy('p.tx_id')
    .orderBy('p.change_id')
    .execute();
  const inPage = rows.slice(0, limit);
  const last = inPage.at(-1);
  // Latest position of each referral wins, so a client applying them in order ends up current.
  const latest = new Map<string, PulledRow & { id: string }>();
  for (const { tx_id: _t, change_id: _c, referral_id: id, doc, ...row } of inPage) {
    latest.delete(id);
    if (doc !== null) latest.set(id, { ...row, doc, id } as PulledRow & { id: string });
  }
  return {
    referrals: [...latest.values()],
    cursor: last ? { txId: Number(last.tx_id), changeId: Number(last.change_id) } : from,
    hasMore: rows.length > limit,
  };
}
