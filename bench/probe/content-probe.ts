/**
 * Bench-build-only instrumentation of the content script's change batcher (compiled in only when
 * `import.meta.env.MODE === 'bench'`, see lib/content/change-batcher.ts; the production bundle
 * holds none of it). It times every MutationObserver callback and every extraction run, keeps
 * the samples in memory, and hands them to the page's main world on request:
 *
 *   page: document.dispatchEvent(new CustomEvent(COLLECT_EVENT, { detail: 'reset' | '' }))
 *   probe: document.dispatchEvent(new CustomEvent(SAMPLES_EVENT, { detail: JSON string }))
 *
 * Only strings cross between the isolated and the main world, hence the JSON.
 */
import type { ChangeBatcherOptions } from '../../lib/content/change-batcher';

export const COLLECT_EVENT = 'sidekick-bench:collect';
export const SAMPLES_EVENT = 'sidekick-bench:samples';

/** [end time (performance.now(), ms), duration (ms)] */
export type Sample = [number, number];

export interface ProbeSamples {
  /** Observer callbacks, one per mutation batch (including any extraction run inside it). */
  callbacks: Sample[];
  /** Extraction runs started by the batcher (from a callback, a frame tick or an input event). */
  runs: Sample[];
}

export function instrumentForBench(opts: ChangeBatcherOptions): ChangeBatcherOptions {
  let samples: ProbeSamples = { callbacks: [], runs: [] };
  const onCollect = (event: Event) => {
    const detail = JSON.stringify(samples);
    if ((event as CustomEvent<unknown>).detail === 'reset') samples = { callbacks: [], runs: [] };
    opts.root.dispatchEvent(new CustomEvent(SAMPLES_EVENT, { detail }));
  };
  opts.root.addEventListener(COLLECT_EVENT, onCollect, { signal: opts.signal });
  return {
    ...opts,
    onCallbackTime: (ms) => {
      samples.callbacks.push([performance.now(), ms]);
      opts.onCallbackTime?.(ms);
    },
    run: () => {
      const start = performance.now();
      opts.run();
      const end = performance.now();
      samples.runs.push([end, end - start]);
    },
  };
}
