/**
 * Bench-build-only instrumentation of the content script's change batcher (compiled in only when
 * `import.meta.env.MODE === 'bench'`, see change-batcher.ts; the production bundle
 * holds none of it). It times every MutationObserver callback (one per mutation batch) and every
 * extraction run, notes which batches touched a watched field and what started each run, keeps
 * the samples in memory, and hands them to the page's main world on request:
 *
 *   page: document.dispatchEvent(new CustomEvent(COLLECT_EVENT, { detail: 'reset' | '' }))
 *   probe: document.dispatchEvent(new CustomEvent(SAMPLES_EVENT, { detail: JSON string }))
 *
 * Only strings cross between the isolated and the main world, hence the JSON.
 */
import type { ChangeBatcherOptions } from './change-batcher';

export const COLLECT_EVENT = 'sidekick-bench:collect';
export const SAMPLES_EVENT = 'sidekick-bench:samples';

/** What started an extraction run. */
export const RUN_FROM = { callback: 0, event: 1, frame: 2 } as const;
export type RunFrom = (typeof RUN_FROM)[keyof typeof RUN_FROM];

/** [end time (performance.now(), ms), duration (ms), batch touched a watched field: 1 | 0] */
export type CallbackSample = [number, number, 0 | 1];
/** [end time, duration, RUN_FROM: inside a callback, an input/change event, or a frame tick] */
export type RunSample = [number, number, RunFrom];

export interface ProbeSamples {
  /** Observer callbacks, one per mutation batch (including any extraction run inside it). */
  callbacks: CallbackSample[];
  /** Extraction runs started by the batcher. */
  runs: RunSample[];
}

export function instrumentForBench(opts: ChangeBatcherOptions): ChangeBatcherOptions {
  let samples: ProbeSamples = { callbacks: [], runs: [] };
  let inCallback = false;
  let relevantBatch = false;
  let relevantEvent = false;
  const onCollect = (event: Event) => {
    const detail = JSON.stringify(samples);
    if ((event as CustomEvent<unknown>).detail === 'reset') samples = { callbacks: [], runs: [] };
    opts.root.dispatchEvent(new CustomEvent(SAMPLES_EVENT, { detail }));
  };
  opts.root.addEventListener(COLLECT_EVENT, onCollect, { signal: opts.signal });
  return {
    ...opts,
    isRelevant: (record) => {
      inCallback = true;
      const relevant = opts.isRelevant(record);
      if (relevant) relevantBatch = true;
      return relevant;
    },
    isRelevantTarget: (target) => {
      relevantEvent = opts.isRelevantTarget(target);
      // An event's run, if any, starts synchronously right after this check.
      if (relevantEvent) queueMicrotask(() => (relevantEvent = false));
      return relevantEvent;
    },
    onCallbackTime: (ms) => {
      samples.callbacks.push([performance.now(), ms, relevantBatch ? 1 : 0]);
      inCallback = false;
      relevantBatch = false;
      opts.onCallbackTime?.(ms);
    },
    run: (kind) => {
      const from = inCallback ? RUN_FROM.callback : relevantEvent ? RUN_FROM.event : RUN_FROM.frame;
      relevantEvent = false;
      const start = performance.now();
      opts.run(kind);
      const end = performance.now();
      samples.runs.push([end, end - start, from]);
    },
  };
}
