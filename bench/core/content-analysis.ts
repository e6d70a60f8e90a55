/**
 * Turns the content-script probe's samples into costs per mutation batch. A batch (one observer
 * callback) costs its callback time plus the extraction it caused: inside the callback, or —
 * when an extraction already ran in that animation frame — the coalesced one at the next frame.
 * Extractions started by input/change events (typing in a watched field) are counted apart.
 */
import { RUN_FROM, type CallbackSample, type RunSample } from '../../lib/content/bench-probe';
import type { FrameSamples } from './content-samples';
import { distribution, type Distribution } from './stats';

export interface ContentCosts {
  /** Every batch: callback + the extraction it caused. */
  batches: Distribution;
  /** Batches that touched nothing watched: the relevance check only. */
  unrelated: Distribution;
  /** Batches that touched a watched field, with their extraction. */
  watched: Distribution;
  /** Extractions started by input/change events (not caused by any batch). */
  eventRuns: Distribution;
  /** Every extraction run, whatever started it. */
  runs: Distribution;
  /** [start, end] of all content-script work seen, without double counting. */
  slices: [number, number][];
}

const start = ([end, ms]: CallbackSample | RunSample) => end - ms;

function frameCosts(frame: FrameSamples) {
  const frameRuns = frame.runs.filter((r) => r[2] === RUN_FROM.frame);
  const claimed = new Set<RunSample>();
  const batches = frame.callbacks.map((cb) => {
    const [end, ms, relevant] = cb;
    if (!relevant) return { ms, relevant: false };
    const ranInside = frame.runs.some(
      (r) => r[2] === RUN_FROM.callback && start(r) >= start(cb) && r[0] <= end,
    );
    if (ranInside) return { ms, relevant: true };
    const next = frameRuns.find((r) => !claimed.has(r) && start(r) >= end);
    if (next) claimed.add(next);
    return { ms: ms + (next?.[1] ?? 0), relevant: true };
  });
  const eventRuns = frame.runs.filter(
    (r) => r[2] === RUN_FROM.event || (r[2] === RUN_FROM.frame && !claimed.has(r)),
  );
  const slices: [number, number][] = [
    ...frame.callbacks.map((c): [number, number] => [start(c), c[0]]),
    ...frame.runs
      .filter((r) => r[2] !== RUN_FROM.callback)
      .map((r): [number, number] => [start(r), r[0]]),
  ];
  return { batches, eventRuns, slices };
}

export function contentCosts(frames: FrameSamples[]): ContentCosts {
  const per = frames.map(frameCosts);
  const batches = per.flatMap((f) => f.batches);
  return {
    batches: distribution(batches.map((b) => b.ms)),
    unrelated: distribution(batches.filter((b) => !b.relevant).map((b) => b.ms)),
    watched: distribution(batches.filter((b) => b.relevant).map((b) => b.ms)),
    eventRuns: distribution(per.flatMap((f) => f.eventRuns.map((r) => r[1]))),
    runs: distribution(frames.flatMap((f) => f.runs.map((r) => r[1]))),
    slices: per.flatMap((f) => f.slices),
  };
}
