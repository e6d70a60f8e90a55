/**
 * Sort orders of the referral log and keyset paging over them. Each order is a list of keys
 * ending in the id, so it is total and a page token (the last row's key values) says exactly
 * where the next page starts, whatever was inserted meanwhile.
 *   createdAt      newest first (or oldest with order=asc)
 *   status         pipeline order new → contacted → met → won → lost → declined, newest first within
 *   manager        by manager id, newest first within
 *   daysToOutcome  closed referrals by days to outcome; open ones always last, newest first
 */
import { sql, type Expression, type ExpressionBuilder, type Selectable } from 'kysely';
import type { LogSort, SortOrder } from '../../lib/contracts/referral-log';
import { STATUS_ORDER, statusRank } from '../../lib/contracts/status-order';
import type { Database, ReferralsTable } from '../db/types';
import { z } from 'zod';
import { decodePageToken, encodePageToken, pageKeyValueSchema } from '../http/page-token';

type KeyValue = string | number;

/** Every column a sort key reads (the log selects these besides the referral itself). */
export const SORT_COLUMNS = [
  'id',
  'created_at',
  'created_ms',
  'outcome_ms',
  'manager_staff_id',
  'status',
] as const;
export type SortRow = Pick<Selectable<ReferralsTable>, (typeof SORT_COLUMNS)[number]>;

export interface SortKey {
  expr: Expression<KeyValue>;
  dir: SortOrder;
  read(row: SortRow): KeyValue;
}

/** `case status when 'new' then 0 … else <last> end`, from the one status order (constants only). */
const statusRankSql = sql<number>`case status ${sql.join(
  STATUS_ORDER.slice(0, -1).map((s) => sql`when ${sql.lit(s)} then ${sql.lit(statusRank(s))}`),
  sql` `,
)} else ${sql.lit(STATUS_ORDER.length - 1)} end`;
const openLast = sql<number>`case when outcome_ms is null then 1 else 0 end`;
const duration = sql<number>`coalesce(outcome_ms - created_ms, 0)`;

const col = (name: 'created_at' | 'id' | 'manager_staff_id') => sql.ref<string>(name);

export function sortKeys(sort: LogSort, order: SortOrder): SortKey[] {
  const newest: SortKey = { expr: col('created_at'), dir: 'desc', read: (r) => r.created_at };
  const id = (dir: SortOrder): SortKey => ({ expr: col('id'), dir, read: (r) => r.id });
  switch (sort) {
    case 'createdAt':
      return [{ ...newest, dir: order }, id(order)];
    case 'status':
      return [
        { expr: statusRankSql, dir: order, read: (r) => statusRank(r.status) },
        newest,
        id('desc'),
      ];
    case 'manager':
      return [
        { expr: col('manager_staff_id'), dir: order, read: (r) => r.manager_staff_id },
        newest,
        id('desc'),
      ];
    case 'daysToOutcome':
      return [
        { expr: openLast, dir: 'asc', read: (r) => (r.outcome_ms === null ? 1 : 0) },
        {
          expr: duration,
          dir: order,
          read: (r) => (r.outcome_ms === null ? 0 : Number(r.outcome_ms) - Number(r.created_ms)),
        },
        newest,
        id('desc'),
      ];
  }
}

/**
 * Rows strictly after `values` in the order of `keys`. The redundant bound on the first key
 * (`created_at <= v`) lets SQLite and PostgreSQL answer each page with an index range scan instead
 * of re-reading everything before it.
 */
export function afterKeys(keys: SortKey[], values: KeyValue[]) {
  return (eb: ExpressionBuilder<Database, 'referrals'>) => {
    const [first] = keys;
    const strictlyAfter = eb.or(
      keys.map((key, i) =>
        eb.and([
          ...keys.slice(0, i).map((k, j) => eb(k.expr, '=', values[j] as KeyValue)),
          eb(key.expr, key.dir === 'asc' ? '>' : '<', values[i] as KeyValue),
        ]),
      ),
    );
    if (!first) return strictlyAfter;
    return eb.and([
      eb(first.expr, first.dir === 'asc' ? '>=' : '<=', values[0] as KeyValue),
      strictlyAfter,
    ]);
  };
}

export function encodeLogPageToken(sort: LogSort, order: SortOrder, values: KeyValue[]): string {
  return encodePageToken([sort, order, ...values]);
}

export function decodeLogPageToken(
  token: string,
  sort: LogSort,
  order: SortOrder,
  keys: SortKey[],
): KeyValue[] {
  const schema = z
    .tuple([z.literal(sort), z.literal(order)], pageKeyValueSchema)
    .refine((value) => value.length === keys.length + 2);
  const [, , ...values] = decodePageToken(
    token,
    schema,
    'after: not a page token of this sort from this server',
  );
  return values;
}
