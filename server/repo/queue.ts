/**
 * A client manager's open referrals (new, contacted, met; not withdrawn), ordered by the
 * potential × marketing-cost model of lib/prioritise with the reasons for each placement.
 */
import type { QueueResponse } from '../../lib/contracts/queue-api';
import type { ZoneClock } from '../../lib/time/zone-clock';
import { prioritise } from '../../lib/prioritise/queue';
import { OPEN_STATUSES } from '../../lib/contracts/status-order';
import type { Db } from '../db/types';
import { rowToServerReferral } from './referral-rows';

/** A book is a few hundred clients; this bounds a runaway one. */
const MAX_OPEN = 5000;

export async function managerQueue(
  db: Db,
  opts: {
    branchId: string;
    managerStaffId: string;
    includeContact: boolean;
    limit: number;
    now: Date;
    zone: ZoneClock;
  },
): Promise<QueueResponse> {
  const rows = await db.reader
    .selectFrom('referrals')
    .selectAll()
    .where('branch_id', '=', opts.branchId)
    .where('manager_staff_id', '=', opts.managerStaffId)
    .where('undone_at', 'is', null)
    .where('status', 'in', OPEN_STATUSES)
    .orderBy('created_at')
    .limit(MAX_OPEN)
    .execute();
  const ordered = prioritise(
    rows.map((row) => rowToServerReferral(row, opts.includeContact)),
    { now: opts.now, zone: opts.zone },
  );
  return {
    managerStaffId: opts.managerStaffId,
    today: opts.zone.localDate(opts.now.getTime()),
    timeZone: opts.zone.timeZone,
    items: ordered.slice(0, opts.limit).map((p) => ({
      referral: p.item,
      placement: p.placement,
      due: p.due,
      dueToday: p.dueToday,
    })),
    more: Math.max(0, ordered.length - opts.limit),
  };
}
