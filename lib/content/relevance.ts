/**
 * Which DOM changes can matter to the profile. After each extraction the watcher knows the
 * elements it read (`watched`) and what it is still looking for (`pending`: missing fields and
 * the not-yet-shown "transaction complete" marker). A mutation matters when it touches a watched
 * element or its subtree, detaches one (SPA re-render), or adds nodes that may hold a pending
 * field. Everything else — tickers, journals, clocks — is ignored without touching the page.
 */
export interface PendingLocator {
  selector?: string;
  label?: string;
  text?: string;
}

export interface WatchSet {
  watched: Set<Node>;
  pending: PendingLocator[];
}

function insideWatched(node: Node | null, watched: Set<Node>): boolean {
  for (let n = node; n; n = n.parentNode) if (watched.has(n)) return true;
  return false;
}

function mayHoldPending(node: Node, pending: PendingLocator[]): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  for (const p of pending) {
    if (p.selector) {
      try {
        if (el.matches(p.selector) || el.querySelector(p.selector)) return true;
      } catch {
        /* an invalid selector is reported by the extraction, not here */
      }
    }
    const text = p.label ?? p.text;
    if (text && (el.textContent ?? '').includes(text)) return true;
  }
  return false;
}

export function isRelevantMutation(record: MutationRecord, set: WatchSet): boolean {
  if (insideWatched(record.target, set.watched)) return true;
  if (record.type !== 'childList') return false;
  for (const node of record.removedNodes) {
    for (const w of set.watched) if (node === w || node.contains(w)) return true;
  }
  if (set.pending.length === 0) return false;
  for (const node of record.addedNodes) if (mayHoldPending(node, set.pending)) return true;
  return false;
}

export function isRelevantEventTarget(target: EventTarget | null, set: WatchSet): boolean {
  return target instanceof Node && insideWatched(target, set.watched);
}
