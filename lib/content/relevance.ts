/**
 * Which DOM changes can matter to the profile, and how much work they need. After each full
 * extraction the watcher knows the elements it read (`watched`) and what it is still looking for
 * (`pending`: missing fields and the not-yet-shown "transaction complete" marker).
 * - 'value': something inside a watched element changed → re-read the known elements (cheap);
 * - 'structure': a watched element left the page (SPA re-render), added nodes may hold a
 *   pending field, or the text of a label the extraction used changed ("交易金额" edited in place
 *   to "金额(元)": the binding may no longer hold) → search the page again (full extraction);
 * - null: tickers, journals, clocks — ignored without touching the page.
 */
export interface PendingLocator {
  selector?: string;
  label?: string;
  text?: string;
}

export interface WatchSet {
  watched: Set<Node>;
  pending: PendingLocator[];
  /** The label elements label-bound fields were found by: a change in them is structural. */
  labels?: Set<Node>;
}

export type ChangeKind = 'value' | 'structure';

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

export function classifyMutation(record: MutationRecord, set: WatchSet): ChangeKind | null {
  const labels = set.labels;
  if (record.type === 'childList') {
    for (const node of record.removedNodes) {
      for (const w of set.watched) if (node === w || node.contains(w)) return 'structure';
      if (labels) for (const l of labels) if (node === l || node.contains(l)) return 'structure';
    }
    if (set.pending.length > 0) {
      for (const node of record.addedNodes)
        if (mayHoldPending(node, set.pending)) return 'structure';
    }
  }
  if (insideWatched(record.target, set.watched)) return 'value';
  // A label wrapping its input is checked after the input: typing stays on the value path.
  return labels && insideWatched(record.target, labels) ? 'structure' : null;
}

export function isRelevantEventTarget(target: EventTarget | null, set: WatchSet): boolean {
  return target instanceof Node && insideWatched(target, set.watched);
}
