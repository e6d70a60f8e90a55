/**
 * Content-script cost on the heavy page (≤ 1 ms per batch), with the bench build's probe: the
 * time spent per mutation batch (observer callback plus the extraction it caused) and per
 * extraction, and the long tasks the content script causes. A script plays the teller, changing
 * the amount twice a second, so extractions happen; the ticker and journal meanwhile make a few
 * hundred unrelated mutations per second.
 */
import type { Page } from 'playwright-core';
import { heavyPageStats, launchBrowser, openHeavyPage } from '../core/browser';
import { contentCosts } from '../core/content-analysis';
import { readContentSamples } from '../core/content-samples';
import { readPageProbe, type LongTask } from '../core/page-probe';
import { describe, fmt, round, rounded } from '../core/stats';
import { defineSuite } from '../core/suite';
import { chooseBusinessType, setAmount } from '../core/terminal';

const DURATION_MS = 15_000;
const TYPE_EVERY_MS = 500;
const LONG_TASK_MS = 50;

async function waitForProbe(page: Page): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if ((await readContentSamples(page)).length > 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the content-script probe did not answer (not a bench build?)');
}

/** Long tasks that would not have been long without the content script's time inside them. */
function longTasksCaused(tasks: LongTask[], slices: [number, number][]) {
  return tasks.map((t) => {
    const end = t.start + t.duration;
    const cs = slices.reduce(
      (sum, [s, e]) => sum + Math.max(0, Math.min(e, end) - Math.max(s, t.start)),
      0,
    );
    return { ...t, contentScriptMs: cs, caused: cs > 0 && t.duration - cs < LONG_TASK_MS };
  });
}

export default defineSuite({
  name: 'content',
  title: 'Content script on the heavy page',
  order: 20,
  async run(ctx) {
    const ext = await ctx.extension('bench');
    const demo = await ctx.demo();
    const browser = await launchBrowser({ origin: demo.url, extensionDir: ext.dir });
    try {
      const page = await openHeavyPage(browser.context, demo.url);
      await waitForProbe(page);
      await chooseBusinessType(page, '0101');
      await page.waitForTimeout(1_000);
      await readContentSamples(page, true);
      await readPageProbe(page, true);
      const before = await heavyPageStats(page);
      ctx.log(`content: ${DURATION_MS / 1000} s on the heavy page (${before.elements} elements)`);
      const started = Date.now();
      for (let i = 0; Date.now() - started < DURATION_MS; i += 1) {
        await setAmount(page, i % 2 ? '600000' : '2000');
        await page.waitForTimeout(TYPE_EVERY_MS);
      }
      const seconds = (Date.now() - started) / 1000;
      const frames = await readContentSamples(page);
      const probe = await readPageProbe(page);
      const after = await heavyPageStats(page);

      const costs = contentCosts(frames);
      const top = frames.filter((f) => f.frameUrl === page.url());
      const tasks = longTasksCaused(probe.longTasks, contentCosts(top).slices);
      const caused = tasks.filter((t) => t.caused);
      const csMsPerSecond = costs.slices.reduce((sum, [s, e]) => sum + (e - s), 0) / seconds;
      const mutationsPerSecond = (after.mutations - before.mutations) / seconds;
      const share = (n: number) => `${fmt((n / Math.max(1, costs.batches.n)) * 100)} % of batches`;
      return {
        metrics: [
          {
            name: 'content-script time per mutation batch',
            value: costs.batches.p95,
            unit: 'ms',
            display: describe(costs.batches),
            target: { max: 1 },
            note: `callback + the extraction it caused; ${after.elements.toLocaleString('en-US')} elements, ${fmt(mutationsPerSecond)} mutations/s, ${fmt(costs.batches.n / seconds)} batches/s`,
          },
          {
            name: '… batches of unrelated mutations',
            value: costs.unrelated.p95,
            unit: 'ms',
            display: describe(costs.unrelated),
            note: `${share(costs.unrelated.n)}: relevance check only`,
          },
          {
            name: '… batches touching a watched field',
            value: costs.watched.p95,
            unit: 'ms',
            display: describe(costs.watched),
            note: `${share(costs.watched.n)}: callback + extraction (in it or at the next frame)`,
          },
          {
            name: 'extraction after an input event',
            value: costs.eventRuns.p95,
            unit: 'ms',
            display: describe(costs.eventRuns),
            note: 'typing in a watched field; one per animation frame at most',
          },
          {
            name: 'content-script time per second',
            value: csMsPerSecond,
            unit: 'ms/s',
            display: `${fmt(csMsPerSecond)} ms/s (${fmt(csMsPerSecond / 10)} % of one core)`,
            note: `with the amount changed every ${TYPE_EVERY_MS} ms`,
          },
          {
            name: 'long tasks caused by the content script',
            value: caused.length,
            unit: '',
            display: String(caused.length),
            target: { max: 0 },
            note: `${probe.longTasks.length} long tasks on the page in ${fmt(seconds)} s, ${tasks.filter((t) => t.contentScriptMs > 0).length} with content-script work inside`,
          },
        ],
        details: {
          seconds: round(seconds),
          elements: after.elements,
          journalNodes: after.journalNodes,
          mutationsPerSecond: round(mutationsPerSecond),
          batchMs: rounded(costs.batches),
          unrelatedBatchMs: rounded(costs.unrelated),
          watchedBatchMs: rounded(costs.watched),
          eventExtractionMs: rounded(costs.eventRuns),
          extractionMs: rounded(costs.runs),
          contentScriptMsPerSecond: round(csMsPerSecond),
          longTasks: tasks,
          longAnimationFrameExtensionScripts: probe.longFrameScripts.filter((s) =>
            s.sourceURL.startsWith('chrome-extension://'),
          ),
        },
      };
    } finally {
      await browser.close();
    }
  },
});
