/**
 * The supervisor's referral log: one page (`GET /v1/referral-log`) or every matching row in pages
 * of 1,000 for a streamed export. Rows leave here as tracking-form rows (lib/export/log-row.ts).
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
import type { ZoneClock } from '../../lib/export/time-zone';
import type { Db, ReferralsTable } from '../db/types';
import { logWhere } from './log-filters';
import {
  SORT_COLUMNS,
  afterKeys,
  decodePageToken,
  encodePageToken,
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

/** Only what a log row is built from (not the search copies, hashes or the contact unless asked). */
const LOG_COLUMNS = [...new Set([...SERVER_REFERRAL_COLUMNS, ...SORT_COLUMNS])];
type Row = Pick<Selectable<ReferralsTable>, (typeof LOG_COLUMNS)[number]>;

/** Staff id → name of the branch's client managers (for the manager column). */
export async function managerNames(db: Db, branchId: string): Promise<Map<string, string>> {
  const rows = await db.kysely
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

function pageQuery(
  db: Db,
  req: LogRequest,
  keys: SortKey[],
  after: (string | number)[] | undefined,
) {
  let query = db.kysely
    .selectFrom('referrals')
    .select(LOG_COLUMNS)
    .where(logWhere(req.branchId, req.filters, req.zone));
  if (after) query = query.where(afterKeys(keys, after));
  for (const key of keys) query = query.orderBy(key.expr, key.dir);
  return query;
}

export async function listLog(
  db: Db,
  req: LogRequest & { limit?: number; after?: string; offset?: number },
): Promise<ReferralLogPage> {
  const sort = req.sort ?? 'createdAt';
  const order = req.order ?? defaultSortOrder(sort);
  const keys = sortKeys(sort, order);
  const limit = req.limit ?? 100;
  const after = req.after ? decodePageToken(req.after, sort, order, keys) : undefined;
  let query = pageQuery(db, req, keys, after).limit(limit + 1);
  if (req.offset) query = query.offset(req.offset);
  const [rows, total, names] = await Promise.all([
    query.execute(),
    db.kysely
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(logWhere(req.branchId, req.filters, req.zone))
      .executeTakeFirst(),
    managerNames(db, req.branchId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => rowToLogRow(r, names, false)),
    total: Number(total?.n ?? 0),
    ...(rows.length > limit && last
      ? {
          next: encodePageToken(
            sort,
            order,
            keys.map((k) => k.read(last)),
          ),
        }
      : {}),
  };
}

/**
 * Every matching row, `pageSize` at a time, in the requested order (keyset: no OFFSET scans).
 * The next page is already being fetched while the caller works on this one (PostgreSQL answers
 * over the network meanwhile), so at most two pages are held.
 */
export async function* logRowPages(
  db: Db,
  req: LogRequest,
  pageSize = 1000,
): AsyncGenerator<Row[]> {
  const sort = req.sort ?? 'createdAt';
  const keys = sortKeys(sort, req.order ?? defaultSortOrder(sort));
  const fetchAfter = (after: (string | number)[] | undefined) =>
    pageQuery(db, req, keys, after).limit(pageSize).execute();
  let pending: Promise<Row[]> | undefined = fetchAfter(undefined);
  while (pending) {
    const rows: Row[] = await pending;
    const last = rows.at(-1);
    pending =
      rows.length === pageSize && last ? fetchAfter(keys.map((k) => k.read(last))) : undefined;
    if (rows.length) {
      try {
        yield rows;
      } finally {
        // The consumer stopped (an aborted download): let the prefetch settle quietly.
        if (pending) void pending.catch(() => undefined);
      }
    }
  }
}
