/**
 * What the extension costs the terminal page itself (≤ 1.02 ×). Two browsers run side by side,
 * one with the production extension and one without; the heavy page is opened in one at a time,
 * in interleaved rounds (A B, B A, …) so drifting machine load hits both alike. (Both pages at
 * once was tried: on 2 cores they contend and the spread doubles.) Per round and side:
 *  - live: the page's own timer/rAF callbacks over a window (self-timed by the page probe; the
 *    ticker's DOM writes get slower when an observer makes the browser queue records for them),
 *    as total time per second and as the median callback;
 *  - replay: timed bursts of the page's own DOM writes (bench/core/dom-burst.ts), median;
 *  - the renderer's main-thread script and task time (CDP Performance.getMetrics), which also
 *    holds the content script's own work.
 * Ratios are with ÷ without per round; the table shows their median and range over rounds.
 */
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, openHeavyPage, type BenchBrowser } from '../core/browser';
import { BURST_MUTATIONS, domBurstTimes } from '../core/dom-burst';
import { readPageProbe } from '../core/page-probe';
import { fmt, median } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';

const ROUNDS = 5;
const WARMUP_MS = 1_000;
const WINDOW_MS = 4_000;
const BURSTS = 80;

interface Side {
  seconds: number;
  /** Page's own timer/rAF callback time, ms per second of the window. */
  pageMsPerS: number;
  /** Median time of one of those callbacks, ms. */
  pageCallbackMs: number;
  /** Median time of one replayed burst of the page's DOM writes, ms. */
  burstMs: number;
  /** Renderer main-thread script / task time, ms per second (CDP). */
  scriptMsPerS: number;
  taskMsPerS: number;
  longTasks: number;
}
type Measure = Exclude<keyof Side, 'seconds' | 'longTasks'>;

async function measureSide(context: BrowserContext, origin: string): Promise<Side> {
  const page = await openHeavyPage(context, origin);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
      return { script: get('ScriptDuration'), task: get('TaskDuration') };
    };
    await page.waitForTimeout(WARMUP_MS);
    const m0 = await metrics();
    const p0 = await readPageProbe(page, true);
    await page.waitForTimeout(WINDOW_MS);
    const m1 = await metrics();
    const p1 = await readPageProbe(page);
    const seconds = (p1.now - p0.now) / 1000;
    const bursts = await domBurstTimes(page, BURSTS);
    return {
      seconds,
      pageMsPerS: p1.pageWork.ms / seconds,
      pageCallbackMs: median(p1.pageWork.each),
      burstMs: median(bursts),
      scriptMsPerS: ((m1.script - m0.script) * 1000) / seconds,
      taskMsPerS: ((m1.task - m0.task) * 1000) / seconds,
      longTasks: p1.longTasks.length,
    };
  } finally {
    await page.close();
  }
}

interface Round {
  with: Side;
  without: Side;
}

function ratioMetric(rounds: Round[], key: Measure, name: string, note: string): Metric {
  const ratios = rounds.map((r) => r.with[key] / r.without[key]);
  const m = median(ratios);
  const spread = `range ${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}`;
  return {
    name,
    value: m,
    unit: '×',
    display: `${fmt(m)} (${spread}, ${ratios.length} rounds)`,
    note,
  };
}

/** Round-to-round spread of the side without the extension: the noise any ratio sits on. */
function noise(rounds: Round[], key: Measure): string {
  const xs = rounds.map((r) => r.without[key]);
  return `${fmt(((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100)} %`;
}

export default defineSuite({
  name: 'overhead',
  title: 'Page scripting with vs. without the extension',
  order: 30,
  async run(ctx) {
    const prod = await ctx.extension('production');
    const { url } = await ctx.demo();
    const browsers: BenchBrowser[] = [];
    try {
      const withExt = await launchBrowser({ origin: url, extensionDir: prod.dir });
      browsers.push(withExt);
      const without = await launchBrowser({ origin: url });
      browsers.push(without);
      const rounds: Round[] = [];
      for (let r = 0; r < ROUNDS; r += 1) {
        ctx.log(`overhead: round ${r + 1}/${ROUNDS}`);
        if (r % 2 === 0) {
          const a = await measureSide(withExt.context, url);
          rounds.push({ with: a, without: await measureSide(without.context, url) });
        } else {
          const b = await measureSide(without.context, url);
          rounds.push({ with: await measureSide(withExt.context, url), without: b });
        }
      }
      const med = (side: 'with' | 'without', key: Measure) =>
        fmt(median(rounds.map((r) => r[side][key])));
      const longTasks = (side: 'with' | 'without') =>
        rounds.reduce((n, r) => n + r[side].longTasks, 0);
      return {
        metrics: [
          {
            ...ratioMetric(
              rounds,
              'pageCallbackMs',
              "page's own scripting (live, median callback), with ÷ without",
              `${med('without', 'pageCallbackMs')} → ${med('with', 'pageCallbackMs')} ms per ticker callback; rounds without the extension spread ${noise(rounds, 'pageCallbackMs')}`,
            ),
            target: { max: 1.02 },
          },
          ratioMetric(
            rounds,
            'pageMsPerS',
            '… total over the window, with ÷ without',
            `${med('without', 'pageMsPerS')} → ${med('with', 'pageMsPerS')} ms/s; spread without the extension ${noise(rounds, 'pageMsPerS')} (preempted callbacks on a busy machine)`,
          ),
          {
            ...ratioMetric(
              rounds,
              'burstMs',
              "page's own DOM writes replayed (median burst), with ÷ without",
              `${BURST_MUTATIONS} mutations per burst, ${BURSTS} bursts per side and round: ${med('without', 'burstMs')} → ${med('with', 'burstMs')} ms; spread without ${noise(rounds, 'burstMs')}`,
            ),
            target: { max: 1.02 },
          },
          ratioMetric(
            rounds,
            'scriptMsPerS',
            'renderer script time (page + content script), with ÷ without',
            `CDP ScriptDuration ${med('without', 'scriptMsPerS')} → ${med('with', 'scriptMsPerS')} ms/s`,
          ),
          ratioMetric(
            rounds,
            'taskMsPerS',
            'renderer main-thread task time, with ÷ without',
            `CDP TaskDuration ${med('without', 'taskMsPerS')} → ${med('with', 'taskMsPerS')} ms/s (script, style, layout, GC)`,
          ),
          {
            name: 'long tasks on the page, with / without',
            value: longTasks('with'),
            unit: '',
            display: `${longTasks('with')} / ${longTasks('without')}`,
            note: `${ROUNDS} × ${WINDOW_MS / 1000} s per side`,
          },
        ],
        details: {
          rounds,
          windowS: WINDOW_MS / 1000,
          bursts: BURSTS,
          burstMutations: BURST_MUTATIONS,
        },
      };
    } finally {
      for (const b of browsers) await b.close();
    }
  },
});
