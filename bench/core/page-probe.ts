/**
 * Main-world page probe, installed before any page script (context.addInitScript), in every
 * frame and in every context — with or without the extension — so both sides of a comparison
 * carry the same instrumentation:
 *  - long tasks (PerformanceObserver 'longtask') and long animation frames with their script
 *    attribution ('long-animation-frame', Chromium's LoAF API, which names extension scripts);
 *  - the page's own work: the time spent in its timer and animation-frame callbacks (the heavy
 *    page's ticker is a setInterval), self-timed by wrapping those callbacks. MutationObserver
 *    bookkeeping that an observer imposes on the page's DOM writes lands inside this time.
 * Read and reset it with `readPageProbe(page, reset)`.
 */
import type { Frame, Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
  attribution: string;
}

export interface LongFrameScript {
  sourceURL: string;
  invoker: string;
  start: number;
  duration: number;
}

export interface PageProbeData {
  longTasks: LongTask[];
  longFrames: { start: number; duration: number; blockingDuration: number }[];
  /** Scripts inside long animation frames (all origins). */
  longFrameScripts: LongFrameScript[];
  /** The page's own timer/rAF callback time (ms), number of callbacks, each callback's time. */
  pageWork: { ms: number; calls: number; each: number[] };
  /** performance.now() when read, for lining samples up. */
  now: number;
}

interface ProbeGlobal {
  __sidekickBench?: { data: PageProbeData; reset(): void };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`; code
 * serialised into a page (init scripts, page.evaluate) needs that helper there too. Defined
 * non-enumerable, identically with and without the extension.
 */
const NAME_SHIM =
  "Object.defineProperty(globalThis, '__name', { value: (f) => f, configurable: true });";

/** Init script for context.addInitScript: the shim, then the probe. */
export function pageProbeScript(): { content: string } {
  return { content: `${NAME_SHIM}\n(${installPageProbe.toString()})();` };
}

/** Runs in the page (serialised): must not reference anything outside itself. */
function installPageProbe(): void {
  const g = globalThis as unknown as ProbeGlobal;
  if (g.__sidekickBench) return;
  const fresh = (): PageProbeData => ({
    longTasks: [],
    longFrames: [],
    longFrameScripts: [],
    pageWork: { ms: 0, calls: 0, each: [] },
    now: 0,
  });
  const probe = { data: fresh(), reset: () => (probe.data = fresh()) };
  g.__sidekickBench = probe;

  type Attributed = PerformanceEntry & {
    attribution?: { containerType?: string; name?: string }[];
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Attributed[]) {
      const a = e.attribution?.[0];
      probe.data.longTasks.push({
        start: e.startTime,
        duration: e.duration,
        attribution: `${e.name}${a ? ` ${a.containerType ?? ''} ${a.name ?? ''}` : ''}`.trim(),
      });
    }
  }).observe({ type: 'longtask', buffered: true });

  interface LoafScript {
    sourceURL: string;
    invoker: string;
    startTime: number;
    duration: number;
  }
  type Loaf = PerformanceEntry & { blockingDuration: number; scripts: LoafScript[] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Loaf[]) {
        probe.data.longFrames.push({
          start: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
        });
        for (const s of e.scripts)
          probe.data.longFrameScripts.push({
            sourceURL: s.sourceURL,
            invoker: s.invoker,
            start: s.startTime,
            duration: s.duration,
          });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* LoAF is Chromium 123+; long tasks above still count */
  }

  const timed =
    <A extends unknown[]>(cb: (...args: A) => void) =>
    (...args: A) => {
      const t0 = performance.now();
      try {
        cb(...args);
      } finally {
        const ms = performance.now() - t0;
        const work = probe.data.pageWork;
        work.ms += ms;
        work.calls += 1;
        if (work.each.length < 20_000) work.each.push(ms);
      }
    };
  const wrapTimer = (name: 'setTimeout' | 'setInterval') => {
    const original = globalThis[name];
    const wrapped = (handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      original(typeof handler === 'function' ? timed(handler as () => void) : handler, ms, ...rest);
    (globalThis as Record<string, unknown>)[name] = wrapped;
  };
  wrapTimer('setTimeout');
  wrapTimer('setInterval');
  const raf = globalThis.requestAnimationFrame.bind(globalThis);
  globalThis.requestAnimationFrame = (cb) => raf(timed(cb));
}

/** Reads the probe of one frame (default: the main frame), optionally starting afresh. */
export async function readPageProbe(target: Page | Frame, reset = false): Promise<PageProbeData> {
  return target.evaluate((doReset) => {
    const probe = (globalThis as unknown as ProbeGlobal).__sidekickBench;
    if (!probe) throw new Error('page probe missing');
    const data = { ...probe.data, now: performance.now() };
    if (doReset) probe.reset();
    return data;
  }, reset);
}
