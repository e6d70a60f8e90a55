/**
 * Bench-only (BENCH_LOOP_DELAY=1): how long the server's event loop was held, measured in the
 * server process with perf_hooks.monitorEventLoopDelay. SIGUSR2 starts a new measurement (after a
 * benchmark's warm-up); at shutdown one JSON line goes to stdout:
 * `{"msg":"event loop delay","maxMs":…,"p99Ms":…,"p50Ms":…,"meanMs":…,"resolutionMs":…}`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 5;

export interface LoopDelayWatch {
  /** Writes the line and stops measuring. */
  report(): void;
}

export function watchLoopDelay(write: (line: string) => void): LoopDelayWatch {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const reset = () => histogram.reset();
  process.on('SIGUSR2', reset);
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    report() {
      histogram.disable();
      process.off('SIGUSR2', reset);
      write(
        JSON.stringify({
          msg: 'event loop delay',
          maxMs: ms(histogram.max),
          p99Ms: ms(histogram.percentile(99)),
          p50Ms: ms(histogram.percentile(50)),
          meanMs: ms(histogram.mean),
          resolutionMs: RESOLUTION_MS,
        }),
      );
    },
  };
}
