/**
 * What the open queue page holds besides the server's order: referrals closed here a moment ago
 * (they leave 优先跟进 and the count at once, and stay below, with the product won, until the page
 * closes), and which waiting clients are new since the last look (for the arrival notice).
 */
import type { QueueItem } from '../contracts/queue-api';
import type { ServerReferral } from '../contracts/server-referral';
import { OPEN_STATUSES } from '../contracts/status-order';
import { withUpdated } from '../supervisor/cm-queue';
import { isWaiting } from './whom-words';

export interface QueueView {
  items: QueueItem[];
  /** Closed on this page, newest first. */
  closed: ServerReferral[];
}

const isOpen = (r: ServerReferral) => !r.undoneAt && OPEN_STATUSES.includes(r.status);

/** A status update from this page: an open one changes in place, a closed one moves out. */
export function afterUpdate(view: QueueView, updated: ServerReferral): QueueView {
  if (isOpen(updated)) return { ...view, items: withUpdated(view.items, updated) };
  return {
    items: view.items.filter((i) => i.referral.id !== updated.id),
    closed: [updated, ...view.closed.filter((r) => r.id !== updated.id)],
  };
}

/** A fresh queue from the server or the device: what was closed here stays out of it. */
export function withFresh(view: QueueView, items: QueueItem[]): QueueView {
  const closed = new Set(view.closed.map((r) => r.id));
  return { ...view, items: items.filter((i) => !closed.has(i.referral.id)) };
}

/** Waiting clients in `items` that `seen` does not know yet. */
export function newArrivals(
  items: readonly QueueItem[],
  seen: ReadonlySet<string>,
): ServerReferral[] {
  return items.map((i) => i.referral).filter((r) => isWaiting(r) && !seen.has(r.id));
}
