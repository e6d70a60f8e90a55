/**
 * Scoped change detection for a page we do not own (after uBlock Origin's observer). Two
 * observers: one for structure only (`childList`: SPA re-renders, new nodes) below the watched
 * fields' common container (the whole document until the fields are known), and one on just the
 * watched field elements for their values (text, attributes). So a ticker or clock elsewhere on
 * the page is not even recorded. Callbacks only classify records and never touch the
 * DOM; the work runs at most once per animation frame — immediately for the first relevant
 * change of a frame (lowest latency), then coalesced to the next frame. Typing fires no
 * mutation, so `input`/`change` events are watched too.
 */
import { instrumentForBench } from './bench-probe';
import type { ChangeKind } from './relevance';

export interface ChangeBatcherOptions {
  root: Document;
  signal: AbortSignal;
  /** Cheap check: what does this record touch, if anything the profile watches? */
  isRelevant(record: MutationRecord): ChangeKind | null;
  /** Cheap check for an input/change event target. */
  isRelevantTarget(target: EventTarget | null): boolean;
  run(kind: ChangeKind): void;
  requestFrame?: (cb: () => void) => unknown;
  /** Measures the time spent in the observer callback (benchmarks only). */
  onCallbackTime?: (ms: number) => void;
}

const VALUE_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['value', 'selected', 'checked', 'hidden'],
};

export interface ChangeBatcher {
  /** Schedule a run now (e.g. a recheck timer). */
  flush(kind: ChangeKind): void;
  /** Observe the values of these elements (replaces the previous set). */
  watchValues(nodes: Iterable<Node>): void;
  /** Observe structure (childList) only below this node (replaces the previous scope). */
  watchStructure(scope: Node): void;
}

export function startChangeBatcher(opts: ChangeBatcherOptions): ChangeBatcher {
  // `npm run bench` builds with --mode bench; production builds drop this line and the import.
  if (import.meta.env.MODE === 'bench') opts = instrumentForBench(opts);
  const view = opts.root.defaultView;
  const requestFrame = opts.requestFrame ?? ((cb: () => void) => view?.requestAnimationFrame(cb));
  let ranThisFrame = false;
  let pending: ChangeKind | null = null;

  const frameTick = () => {
    ranThisFrame = false;
    if (pending && !opts.signal.aborted) execute(pending);
  };
  const execute = (kind: ChangeKind) => {
    pending = null;
    ranThisFrame = true;
    requestFrame(frameTick);
    opts.run(kind);
  };
  const schedule = (kind: ChangeKind) => {
    if (opts.signal.aborted) return;
    if (ranThisFrame) pending = pending === 'structure' ? pending : kind;
    else execute(kind);
  };

  const onRecords = (records: MutationRecord[]) => {
    const t0 = opts.onCallbackTime ? performance.now() : 0;
    let kind: ChangeKind | null = null;
    for (const r of records) {
      const k = opts.isRelevant(r);
      if (k === 'structure') {
        kind = k;
        break;
      }
      kind ??= k;
    }
    if (kind) schedule(kind);
    if (opts.onCallbackTime) opts.onCallbackTime(performance.now() - t0);
  };
  const structure = new MutationObserver(onRecords);
  structure.observe(opts.root, { subtree: true, childList: true });
  const values = new MutationObserver(onRecords);

  const onEvent = (e: Event) => {
    if (opts.isRelevantTarget(e.target)) schedule('value');
  };
  opts.root.addEventListener('input', onEvent, { capture: true, signal: opts.signal });
  opts.root.addEventListener('change', onEvent, { capture: true, signal: opts.signal });
  opts.signal.addEventListener(
    'abort',
    () => {
      structure.disconnect();
      values.disconnect();
    },
    { once: true },
  );

  return {
    flush: schedule,
    watchValues(nodes) {
      values.disconnect();
      for (const node of nodes) values.observe(node, VALUE_OPTIONS);
    },
    watchStructure(scope) {
      structure.disconnect();
      structure.observe(scope, { subtree: true, childList: true });
    },
  };
}
