/**
 * The referral log's filters as one WHERE clause (the same SQL on SQLite and PostgreSQL). Always
 * scoped to one branch and without withdrawn referrals. Dates are the branch's local days,
 * turned into UTC instants here so the (branch_id, created_at) index does the work.
 */
import { sql, type ExpressionBuilder, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { ReferralLogFilters } from '../../lib/contracts/referral-log';
import { nextDate, type ZoneClock } from '../../lib/time/zone-clock';
import type { Database } from '../db/types';

type Eb = ExpressionBuilder<Database, 'referrals'>;

/** `like` pattern for a literal substring (\ escapes % _ and itself). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

export function logWhere(branchId: string, filters: ReferralLogFilters, zone: ZoneClock) {
  return (eb: Eb): ExpressionWrapper<Database, 'referrals', SqlBool> => {
    const all = [eb('branch_id', '=', branchId), eb('undone_at', 'is', null)];
    const utc = (ms: number) => new Date(ms).toISOString();
    if (filters.from) all.push(eb('created_at', '>=', utc(zone.startOfDay(filters.from))));
    if (filters.to) all.push(eb('created_at', '<', utc(zone.startOfDay(nextDate(filters.to)))));
    if (filters.referrer) {
      all.push(
        eb.or([
          eb('referrer_staff_id', '=', filters.referrer),
          eb('second_credit_staff_id', '=', filters.referrer),
        ]),
      );
    }
    if (filters.manager) all.push(eb('manager_staff_id', '=', filters.manager));
    if (filters.status) all.push(eb('status', 'in', filters.status));
    if (filters.tier) all.push(eb('tier', 'in', filters.tier));
    if (filters.signal) {
      all.push(eb.or(filters.signal.map((kind) => eb('signal_kinds', 'like', `%,${kind},%`))));
    }
    if (filters.q) {
      all.push(
        eb(
          sql<string>`lower(summary)`,
          'like',
          sql<string>`${containsPattern(filters.q)} escape '\\'`,
        ),
      );
    }
    return eb.and(all);
  };
}
