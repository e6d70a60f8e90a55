/**
 * Pipeline numbers for the supervisor's charts, computed in SQL with the same statements on
 * SQLite and PostgreSQL (sums of CASE, integer arithmetic on epoch milliseconds).
 * Week buckets use the branch zone's UTC offset at the time of the request: exact for zones
 * without daylight saving (China); elsewhere a referral within an hour of midnight on a
 * changeover weekend may land in the neighbouring week.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ReferralLogFilters } from '../../lib/contracts/referral-log';
import type {
  FunnelCounts,
  FunnelRow,
  ReferralStats,
  WeekCount,
} from '../../lib/contracts/referral-stats';
import { isoWeekOfIndex } from '../../lib/export/iso-week';
import type { ZoneClock } from '../../lib/time/zone-clock';
import type { Db } from '../db/types';
import { logWhere } from './log-filters';
import { managerNames } from './referral-log';

const DAY_MS = 86_400_000;
const sum = (condition: RawBuilder<unknown>) =>
  sql<number | string>`sum(case when ${condition} then 1 else 0 end)`;
const referred = sql`handoff <> 'declined'`;

const AGGREGATES = {
  referred: sum(referred),
  contacted: sum(sql`${referred} and stage_reached >= 1`),
  met: sum(sql`${referred} and stage_reached >= 2`),
  won: sum(sql`status = 'won'`),
  lost: sum(sql`status = 'lost'`),
  declined: sum(sql`handoff = 'declined'`),
  outcomes: sum(sql`outcome_ms is not null`),
  outcome_days: sql<
    number | string
  >`sum(case when outcome_ms > created_ms then (outcome_ms - created_ms) / ${sql.lit(DAY_MS)} else 0 end)`,
};

type AggregateRow = { [K in keyof typeof AGGREGATES]: number | string | null };

const aggregateSelection = () => [
  AGGREGATES.referred.as('referred'),
  AGGREGATES.contacted.as('contacted'),
  AGGREGATES.met.as('met'),
  AGGREGATES.won.as('won'),
  AGGREGATES.lost.as('lost'),
  AGGREGATES.declined.as('declined'),
  AGGREGATES.outcomes.as('outcomes'),
  AGGREGATES.outcome_days.as('outcome_days'),
];

/** At most ten years of weeks on a chart. */
const MAX_WEEKS = 520;

function toCounts(row: AggregateRow | undefined): FunnelCounts {
  const n = (v: number | string | null | undefined) => Number(v ?? 0);
  const outcomes = n(row?.outcomes);
  return {
    referred: n(row?.referred),
    contacted: n(row?.contacted),
    met: n(row?.met),
    won: n(row?.won),
    lost: n(row?.lost),
    declined: n(row?.declined),
    outcomes,
    avgDaysToOutcome: outcomes ? Math.round((n(row?.outcome_days) / outcomes) * 10) / 10 : null,
  };
}

export async function referralStats(
  db: Db,
  branchId: string,
  filters: ReferralLogFilters,
  zone: ZoneClock,
  now: Date,
): Promise<ReferralStats> {
  const where = logWhere(branchId, filters, zone);
  const base = () => db.reader.selectFrom('referrals').where(where).select(aggregateSelection());

  const grouped = async (
    column: 'referrer_staff_id' | 'manager_staff_id',
    names?: Map<string, string>,
  ) => {
    const rows = await base()
      .select(sql.ref<string>(column).as('staff_id'))
      .groupBy(column)
      .orderBy(column)
      .execute();
    return rows.map((row): FunnelRow => {
      const name = names?.get(row.staff_id);
      return { staffId: row.staff_id, ...(name ? { name } : {}), ...toCounts(row) };
    });
  };

  const offset = Math.round(zone.offsetAt(now.getTime()));
  const week = sql<number>`((created_ms + ${sql.lit(offset)}) / ${sql.lit(DAY_MS)} + 3) / 7`;
  const [totals, byReferrer, byManager, weeks] = await Promise.all([
    base().executeTakeFirst(),
    grouped('referrer_staff_id'),
    managerNames(db, branchId).then((names) => grouped('manager_staff_id', names)),
    db.reader
      .selectFrom('referrals')
      .where(where)
      .select([
        week.as('week'),
        AGGREGATES.referred.as('referred'),
        AGGREGATES.declined.as('declined'),
      ])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
  ]);
  const counts = toCounts(totals);
  const shown = counts.referred + counts.declined;
  return {
    timeZone: zone.timeZone,
    totals: counts,
    byReferrer,
    byManager: byManager.filter((m) => m.referred > 0),
    weekly: fillWeeks(
      weeks.map((w) => ({
        index: Number(w.week),
        referred: Number(w.referred),
        declined: Number(w.declined),
      })),
    ),
    prompts: {
      shown,
      referred: counts.referred,
      declined: counts.declined,
      referralRate: shown ? Math.round((counts.referred / shown) * 1000) / 1000 : null,
    },
  };
}

/** Every week from the first to the last, empty ones as zeros (a chart's x axis has no gaps). */
function fillWeeks(weeks: { index: number; referred: number; declined: number }[]): WeekCount[] {
  const last = weeks.at(-1)?.index;
  if (last === undefined) return [];
  const first = Math.max(weeks[0]?.index ?? last, last - MAX_WEEKS + 1);
  const byIndex = new Map(weeks.map((w) => [w.index, w]));
  const out: WeekCount[] = [];
  for (let i = first; i <= last; i++) {
    const w = byIndex.get(i);
    out.push({ week: isoWeekOfIndex(i), referred: w?.referred ?? 0, declined: w?.declined ?? 0 });
  }
  return out;
}
