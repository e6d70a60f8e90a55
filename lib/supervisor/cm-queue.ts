/**
 * The client manager's queue when the branch server cannot give it: lib/prioritise over the
 * referrals this device knows (its own database and the last queue the server sent), in the same
 * order and with the same reasons as the server's `GET /v1/referrals/queue`.
 */
import type { QueueItem } from '@/lib/contracts/queue-api';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import type { ZoneClock } from '@/lib/export';
import { prioritise } from '@/lib/prioritise';
import { OPEN_STATUSES } from '@/lib/contracts/status-order';

/** Newest copy of each referral (by updatedAt) from several sources. */
export function newestCopies(...sources: readonly (readonly ServerReferral[])[]): ServerReferral[] {
  const byId = new Map<string, ServerReferral>();
  for (const r of sources.flat()) {
    const known = byId.get(r.id);
    if (!known || Date.parse(r.updatedAt) > Date.parse(known.updatedAt)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

export function localQueue(
  referrals: readonly ServerReferral[],
  managerStaffId: string,
  { now, zone }: { now: Date; zone: ZoneClock },
): QueueItem[] {
  const open = referrals.filter(
    (r) => r.managerStaffId === managerStaffId && !r.undoneAt && OPEN_STATUSES.includes(r.status),
  );
  return prioritise(open, { now, zone }).map((p) => ({
    referral: p.item,
    placement: p.placement,
    due: p.due,
    dueToday: p.dueToday,
  }));
}

/** The queue after a status update: the referral changes in place (it does not jump away while the manager looks at it). */
export function withUpdated(items: readonly QueueItem[], updated: ServerReferral): QueueItem[] {
  return items.map((item) =>
    item.referral.id === updated.id
      ? { ...item, referral: updated, dueToday: updated.status === 'new' && item.dueToday }
      : item,
  );
}
