/**
 * The supervisor's referral log: one page for `GET /v1/referral-log` (the export pages through it
 * in log-pages.ts). Rows leave here as tracking-form rows (lib/export/log-row.ts).
 */
import type { Selectable } from 'kysely';
import {
  defaultSortOrder,
  type LogSort,
  type ReferralLogFilters,
  type ReferralLogPage,
  type ReferralLogRow,
  type SortOrder,
} from '../../lib/contracts/referral-log';
import { toReferralLogRow } from '../../lib/export/log-row';
import type { ZoneClock } from '../../lib/time/zone-clock';
import type { Db, ReferralsTable } from '../db/types';
import { logWhere } from './log-filters';
import {
  SORT_COLUMNS,
  afterKeys,
  decodeLogPageToken,
  encodeLogPageToken,
  sortKeys,
  type SortKey,
} from './log-sort';
import { SERVER_REFERRAL_COLUMNS, rowToServerReferral } from './referral-rows';

export interface LogRequest {
  branchId: string;
  filters: ReferralLogFilters;
  sort?: LogSort;
  order?: SortOrder;
  zone: ZoneClock;
}

/** Only what a log row is built from (not the search copies or hashes). */
const LOG_COLUMNS = [...new Set([...SERVER_REFERRAL_COLUMNS, ...SORT_COLUMNS])];
export type LogSourceRow = Pick<Selectable<ReferralsTable>, (typeof LOG_COLUMNS)[number]>;
type Row = LogSourceRow;
type KeyValues = (string | number)[];

/** Staff id → name of the branch's client managers (for the manager column). */
export async function managerNames(db: Db, branchId: string): Promise<Map<string, string>> {
  const rows = await db.reader
    .selectFrom('roster')
    .select(['staff_id', 'name'])
    .where('branch_id', '=', branchId)
    .execute();
  return new Map(rows.map((r) => [r.staff_id, r.name]));
}

export function rowToLogRow(
  row: Row,
  names: Map<string, string>,
  includeContact: boolean,
): ReferralLogRow {
  const managerName = names.get(row.manager_staff_id);
  return toReferralLogRow(rowToServerReferral(row, includeContact), {
    ...(managerName ? { managerName } : {}),
    ...(row.outcome_ms !== null
      ? { outcomeAt: new Date(Number(row.outcome_ms)).toISOString() }
      : {}),
    includeContact,
  });
}

/** The matching rows in the requested order (no columns chosen yet). */
export function orderedRows(db: Db, req: LogRequest, keys: SortKey[], after?: KeyValues) {
  let query = db.reader
    .selectFrom('referrals')
    .where(logWhere(req.branchId, req.filters, req.zone));
  if (after) query = query.where(afterKeys(keys, after));
  for (const key of keys) query = query.orderBy(key.expr, key.dir);
  return query;
}

/**
 * Rows by id, in the order of `ids`. Looked up by primary key only (a `branch_id` condition would
 * tempt SQLite into scanning the whole branch); rows of another branch are dropped here.
 */
export async function rowsByIds(db: Db, branchId: string, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = await db.reader
    .selectFrom('referrals')
    .select([...LOG_COLUMNS, 'branch_id'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.filter((r) => r.branch_id === branchId).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Newest first comes straight from an index; any other order is sorted in SQL. */
export const isIndexOrder = (req: LogRequest) => (req.sort ?? 'createdAt') === 'createdAt';

/**
 * One page. Sorting whole rows (each carries its document) is slow, so an order that needs a
 * sort first sorts only ids and keys, then reads the page's rows by id.
 */
export async function selectPage(
  db: Db,
  req: LogRequest,
  keys: SortKey[],
  page: { limit: number; after?: KeyValues; offset?: number },
): Promise<Row[]> {
  let query = orderedRows(db, req, keys, page.after).limit(page.limit);
  if (page.offset) query = query.offset(page.offset);
  if (isIndexOrder(req)) return query.select(LOG_COLUMNS).execute();
  const ids = await query.select('id').execute();
  return rowsByIds(
    db,
    req.branchId,
    ids.map((r) => r.id),
  );
}

/** Rows matching the filters, all pages (a scan of the branch's index range, not free). */
export async function countLog(db: Db, req: LogRequest): Promise<number> {
  const row = await db.reader
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(logWhere(req.branchId, req.filters, req.zone))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of the log; the total too unless `withTotal` is false (a client that has it). */
export async function listLog(
  db: Db,
  req: LogRequest & { limit?: number; after?: string; offset?: number; withTotal?: boolean },
): Promise<ReferralLogPage> {
  const sort = req.sort ?? 'createdAt';
  const order = req.order ?? defaultSortOrder(sort);
  const keys = sortKeys(sort, order);
  const limit = req.limit ?? 100;
  const after = req.after ? decodeLogPageToken(req.after, sort, order, keys) : undefined;
  const [rows, total, names] = await Promise.all([
    selectPage(db, req, keys, {
      limit: limit + 1,
      ...(after ? { after } : {}),
      ...(req.offset ? { offset: req.offset } : {}),
    }),
    req.withTotal === false ? undefined : countLog(db, req),
    managerNames(db, req.branchId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => rowToLogRow(r, names, false)),
    ...(total === undefined ? {} : { total }),
    ...(rows.length > limit && last
      ? {
          next: encodeLogPageToken(
            sort,
            order,
            keys.map((k) => k.read(last)),
          ),
        }
      : {}),
  };
}
