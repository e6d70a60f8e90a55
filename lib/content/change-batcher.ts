/**
 * Scoped change detection for a page we do not own (after uBlock Origin's observer): the
 * MutationObserver callback only asks `isRelevant` about each record and never touches the DOM
 * itself; the (more expensive) extraction runs at most once per animation frame — immediately
 * for the first relevant change of a frame (lowest latency), then coalesced to the next frame.
 * Typing in a field fires no mutation, so `input`/`change` events are watched too.
 */
import { instrumentForBench } from '../../bench/probe/content-probe';

export interface ChangeBatcherOptions {
  root: Document;
  signal: AbortSignal;
  /** Cheap check: does this record touch something the profile watches? */
  isRelevant(record: MutationRecord): boolean;
  /** Cheap check for an input/change event target. */
  isRelevantTarget(target: EventTarget | null): boolean;
  run(): void;
  requestFrame?: (cb: () => void) => unknown;
  /** Measures the time spent in the observer callback (benchmarks only). */
  onCallbackTime?: (ms: number) => void;
}

export function startChangeBatcher(opts: ChangeBatcherOptions): { flush(): void } {
  // `npm run bench` builds with --mode bench; production builds drop this line and the import.
  if (import.meta.env.MODE === 'bench') opts = instrumentForBench(opts);
  const view = opts.root.defaultView;
  const requestFrame = opts.requestFrame ?? ((cb: () => void) => view?.requestAnimationFrame(cb));
  let ranThisFrame = false;
  let pending = false;

  const frameTick = () => {
    ranThisFrame = false;
    if (pending && !opts.signal.aborted) execute();
  };
  const execute = () => {
    pending = false;
    ranThisFrame = true;
    requestFrame(frameTick);
    opts.run();
  };
  const schedule = () => {
    if (opts.signal.aborted) return;
    if (ranThisFrame) pending = true;
    else execute();
  };

  const observer = new MutationObserver((records) => {
    const t0 = opts.onCallbackTime ? performance.now() : 0;
    let relevant = false;
    for (const r of records) {
      if (opts.isRelevant(r)) {
        relevant = true;
        break;
      }
    }
    if (relevant) schedule();
    if (opts.onCallbackTime) opts.onCallbackTime(performance.now() - t0);
  });
  observer.observe(opts.root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'selected', 'class', 'hidden', 'style'],
  });

  const onEvent = (e: Event) => {
    if (opts.isRelevantTarget(e.target)) schedule();
  };
  opts.root.addEventListener('input', onEvent, { capture: true, signal: opts.signal });
  opts.root.addEventListener('change', onEvent, { capture: true, signal: opts.signal });
  opts.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return { flush: schedule };
}
