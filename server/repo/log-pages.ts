/**
 * Every matching row of the log, `pageSize` at a time, for a streamed export.
 *   newest first (the default): keyset pages, each an index range scan;
 *   any other order: the ordered ids are read once (narrow: about 8 MB per 100,000 referrals,
 *     never the rows themselves), then the rows 1,000 ids at a time — re-sorting the branch for
 *     every page would make a large export quadratic.
 * The next page is already being fetched while the caller works on this one (PostgreSQL answers
 * over the network meanwhile), so at most two pages are held.
 */
import { defaultSortOrder } from '../../lib/contracts/referral-log';
import type { Db } from '../db/types';
import { sortKeys } from './log-sort';
import {
  isIndexOrder,
  orderedRows,
  rowsByIds,
  selectPage,
  type LogRequest,
  type LogSourceRow,
} from './referral-log';

type Fetch = () => Promise<LogSourceRow[]>;

export async function* logRowPages(
  db: Db,
  req: LogRequest,
  pageSize = 1000,
): AsyncGenerator<LogSourceRow[]> {
  const sort = req.sort ?? 'createdAt';
  const keys = sortKeys(sort, req.order ?? defaultSortOrder(sort));
  let next: (rows: LogSourceRow[]) => Fetch | undefined;
  let first: Fetch;
  if (isIndexOrder(req)) {
    const after =
      (values?: (string | number)[]): Fetch =>
      () =>
        selectPage(db, req, keys, { limit: pageSize, ...(values ? { after: values } : {}) });
    first = after();
    next = (rows) => {
      const last = rows.at(-1);
      return rows.length === pageSize && last ? after(keys.map((k) => k.read(last))) : undefined;
    };
  } else {
    const ids = (await orderedRows(db, req, keys).select('id').execute()).map((r) => r.id);
    let offset = 0;
    const chunk = (): Fetch => {
      const slice = ids.slice(offset, (offset += pageSize));
      return () => rowsByIds(db, req.branchId, slice);
    };
    first = chunk();
    next = () => (offset < ids.length ? chunk() : undefined);
  }

  let pending: Promise<LogSourceRow[]> | undefined = first();
  while (pending) {
    const rows: LogSourceRow[] = await pending;
    const fetchNext = next(rows);
    pending = fetchNext?.();
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
