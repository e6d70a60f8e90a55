/**
 * A client manager's work queue: quick wins first, then cultivate, then low priority, let go last.
 * Within a quadrant: follow-ups due today (or overdue) first, then the best potential for the
 * cost (potential − cost, highest first), then the oldest referral, then the id (a stable order).
 */
import type { DueState } from '../contracts/queue-api';
import type { ZoneClock } from '../time/zone-clock';
import { followUpDue, isDueToday } from './due';
import type { PrioritiseInput } from './input';
import { DEFAULT_PRIORITY_MODEL, type PriorityModel } from './model';
import { QUADRANT_ORDER, place, type Placement } from './place';

export interface Prioritised<T> {
  item: T;
  placement: Placement;
  due: DueState;
  dueToday: boolean;
}

export interface PrioritiseOptions {
  now: Date;
  zone: ZoneClock;
  model?: PriorityModel;
}

export function prioritise<T extends PrioritiseInput>(
  items: readonly T[],
  { now, zone, model = DEFAULT_PRIORITY_MODEL }: PrioritiseOptions,
): Prioritised<T>[] {
  const placed = items.map((item) => {
    const due = followUpDue(item, now, zone);
    return { item, placement: place(item, now, model), due, dueToday: isDueToday(due) };
  });
  return placed.sort(
    (a, b) =>
      QUADRANT_ORDER.indexOf(a.placement.quadrant) - QUADRANT_ORDER.indexOf(b.placement.quadrant) ||
      Number(b.dueToday) - Number(a.dueToday) ||
      b.placement.potential - b.placement.cost - (a.placement.potential - a.placement.cost) ||
      Date.parse(a.item.createdAt) - Date.parse(b.item.createdAt) ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
}
