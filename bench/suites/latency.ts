/**
 * Detection latency (badge ≤ 16 ms), production build: from a watched field changing (a script sets
 * the amount and dispatches `input`) to the badge's state attribute changing in the page and to
 * the side panel — opened as a page for that tab — showing the new tier. Measured on the heavy
 * page (its ticker keeps making unrelated mutations) and, for reference, on the plain terminal
 * (a few hundred elements), which separates what the page's size costs from the message path.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { HEAVY_PAGE, launchBrowser, openTerminalPage, PLAIN_PAGE } from '../core/browser';
import { changeAmount, measureDetectionLatency, type LatencyRun } from '../core/detection-latency';
import { describe, fmt, rounded } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';
import { chooseBusinessType } from '../core/terminal';
import { tabIdOf } from '../../support/browser/extension.ts';

const ALTERNATIONS = { heavy: 50, plain: 20 };

async function run(
  context: BrowserContext,
  origin: string,
  extension: { id: string; serviceWorker: Worker },
  page: string,
  alternations: number,
): Promise<LatencyRun> {
  const terminal = await openTerminalPage(context, origin, page);
  try {
    await chooseBusinessType(terminal, '0101'); // cash deposit: ¥600,000 → B, ¥2,000 → D
    await terminal.waitForTimeout(1_000);
    const tabId = await tabIdOf(extension.serviceWorker, terminal.url());
    const panel = await context.newPage();
    try {
      await panel.goto(`chrome-extension://${extension.id}/sidepanel.html?tabId=${tabId}`);
      await changeAmount(terminal, '2000', 'hidden'); // settle on D; not measured
      await terminal.bringToFront();
      return await measureDetectionLatency(terminal, panel, alternations);
    } finally {
      await panel.close();
    }
  } finally {
    await terminal.close();
  }
}

function metrics(r: LatencyRun, where: string, targets: boolean): Metric[] {
  const t = (max: number) => (targets ? { target: { max } } : {});
  return [
    {
      name: `${where}: field change → badge shown (D → B)`,
      value: r.badgeShown.p95,
      unit: 'ms',
      display: describe(r.badgeShown),
      ...t(16),
    },
    {
      name: `${where}: field change → badge hidden (B → D)`,
      value: r.badgeHidden.p95,
      unit: 'ms',
      display: describe(r.badgeHidden),
      ...t(16),
    },
    {
      name: `${where}: field change → panel shows the tier`,
      value: r.panel.p95,
      unit: 'ms',
      display: describe(r.panel),
      ...t(100),
      note: `two processes' clocks lined up to ±${fmt(r.clock.errorMs)} ms`,
    },
    {
      name: `${where}: changes that never arrived (2 s)`,
      value: r.lost,
      unit: '',
      display: `${r.lost} of ${r.changes}`,
      ...t(0),
    },
  ];
}

export default defineSuite({
  name: 'latency',
  title: 'Field change → badge and side panel',
  order: 40,
  async run(ctx) {
    const prod = await ctx.extension('production');
    const { url } = await ctx.demo();
    const browser = await launchBrowser({ origin: url, extensionDir: prod.dir });
    try {
      const ext = browser.extension;
      if (!ext) throw new Error('the extension did not load');
      ctx.log(`latency: ${ALTERNATIONS.heavy} alternations D → B → D on the heavy page`);
      const heavy = await run(browser.context, url, ext, HEAVY_PAGE, ALTERNATIONS.heavy);
      ctx.log(`latency: ${ALTERNATIONS.plain} alternations on the plain terminal (reference)`);
      const plain = await run(browser.context, url, ext, PLAIN_PAGE, ALTERNATIONS.plain);
      const details = (r: LatencyRun) => ({
        badgeShownMs: rounded(r.badgeShown),
        badgeHiddenMs: rounded(r.badgeHidden),
        panelMs: rounded(r.panel),
        lost: r.lost,
        clock: r.clock,
      });
      return {
        metrics: [
          ...metrics(heavy, 'heavy page', true),
          ...metrics(plain, 'plain terminal', false),
        ],
        details: { heavy: details(heavy), plain: details(plain) },
      };
    } finally {
      await browser.close();
    }
  },
});
