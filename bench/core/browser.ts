/**
 * Debian Chromium, headless, with or without an unpacked extension build — the same flags as the
 * e2e fixtures. The demo origin is served cross-origin isolated (COOP/COEP headers added by a
 * route), which gives `performance.now()` 5 µs resolution instead of 100 µs in every world of
 * the page, the content script's isolated world included. Each context starts with the page
 * probe (bench/core/page-probe.ts) installed in the main world of every frame.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serviceWorkerOf } from '../../support/browser/extension.ts';
import { pageProbeScript } from './page-probe';

export interface BenchBrowser {
  context: BrowserContext;
  /** Set when an extension was loaded. */
  extension?: { id: string; serviceWorker: Worker };
  close(): Promise<void>;
}

async function isolateOrigin(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
  });
}

export async function launchBrowser(options: {
  origin: string;
  extensionDir?: string;
}): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'sidekick-bench-'));
  const extensionArgs = options.extensionDir
    ? [
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
      ]
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    args: [...CHROMIUM_ARGS, ...extensionArgs],
  });
  await isolateOrigin(context, options.origin);
  await context.addInitScript(pageProbeScript());
  let extension: BenchBrowser['extension'];
  if (options.extensionDir) {
    const serviceWorker = await serviceWorkerOf(context);
    extension = { id: new URL(serviceWorker.url()).host, serviceWorker };
  }
  return {
    context,
    extension,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export const HEAVY_PAGE = '/heavy.html?rate=300&scenario=cash-small';
/** The plain demo terminal (a few hundred elements), for reference rows. */
export const PLAIN_PAGE = '/?scenario=cash-small';

/** Opens a demo terminal page and waits until it is built (and its heavy load runs, if any). */
export async function openTerminalPage(
  context: BrowserContext,
  origin: string,
  pathAndQuery: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}${pathAndQuery}`);
  const heavy = pathAndQuery.startsWith('/heavy.html');
  await page.waitForFunction((isHeavy) => {
    const stats = (globalThis as { heavyPageStats?: { journalNodes: number } }).heavyPageStats;
    const ready = isHeavy ? (stats?.journalNodes ?? 0) > 0 : !!document.querySelector('#biz-type');
    return ready && crossOriginIsolated;
  }, heavy);
  return page;
}

/** The heavy terminal page: ≥ 7,000 elements, ~300 unrelated mutations per second. */
export function openHeavyPage(context: BrowserContext, origin: string): Promise<Page> {
  return openTerminalPage(context, origin, HEAVY_PAGE);
}

export interface HeavyPageStats {
  rate: number;
  mutations: number;
  journalNodes: number;
  /** Elements in the whole document (all frames' own documents are not counted). */
  elements: number;
}

export function heavyPageStats(page: Page): Promise<HeavyPageStats> {
  return page.evaluate(() => {
    const stats = (globalThis as { heavyPageStats?: Omit<HeavyPageStats, 'elements'> })
      .heavyPageStats ?? { rate: 0, mutations: 0, journalNodes: 0 };
    return { ...stats, elements: document.getElementsByTagName('*').length };
  });
}
