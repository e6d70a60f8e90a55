/**
 * The supervisor's page (chrome-extension://<id>/supervisor.html) in Debian Chromium with the
 * production build, pointed at a sync server the way a supervisor does it (options page: role and
 * staff id, then sync URL + token and "test connection"). `openLogTimed` opens the page in a new
 * tab and times, inside the page, from navigation start to the first log row in the DOM and to the
 * frame after it (a requestAnimationFrame callback, then a task: the frame holding the rows has
 * been produced), with the requests it made on the way (resource timing).
 *
 * Unlike bench/core/browser.ts, no page probe and no request routing: the page runs as shipped.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serviceWorkerOf } from '../../support/browser/extension.ts';
import { signIn } from '../../support/browser/panel.ts';

export interface SupervisorBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchSupervisorBrowser(extensionDir: string): Promise<SupervisorBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'sidekick-bench-sv-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = await serviceWorkerOf(context);
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in as supervisor S001 and points the extension at `serverUrl` with `token`. */
export async function connectSupervisor(
  browser: SupervisorBrowser,
  serverUrl: string,
  token: string,
): Promise<void> {
  const { context, extensionId } = browser;
  await signIn(context, extensionId, 'supervisor', 'S001');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('sync-url').fill(serverUrl);
  await options.getByTestId('sync-token').fill(token);
  await options.getByTestId('sync-save').click();
  const result = options.getByTestId('sync-result');
  await result.waitFor();
  const words = (await result.textContent()) ?? '';
  if (!words.includes('连接成功')) throw new Error(`test connection failed: ${words}`);
  await options.close();
}

export interface RequestTiming {
  /** Path and query of the request (origin dropped). */
  url: string;
  startMs: number;
  endMs: number;
}

export interface LogOpenTiming {
  /** Navigation start → first `[data-testid=log-row]` in the DOM, ms. */
  rowsInDomMs: number;
  /** Navigation start → the frame after that has been produced, ms. */
  rowsPaintedMs: number;
  /** Navigation start → DOMContentLoaded (the page's module script has run), ms. */
  domContentLoadedMs: number;
  firstContentfulPaintMs: number | undefined;
  /** The page's requests to the sync server, in the order they started. */
  requests: RequestTiming[];
  /** What the row-count line said when the rows were painted. */
  countText: string;
}

interface ProbeGlobal {
  __benchLogOpen?: { domMs: number; paintedMs: number; countText: string } | null;
}

/**
 * Serialised into the page before its own scripts: must not reference anything outside itself
 * (nor name its inner functions: tsx would wrap them in a `__name` helper the page lacks).
 */
function firstRowsProbe(): void {
  const g = globalThis as ProbeGlobal;
  g.__benchLogOpen = null;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="log-row"]')) return;
    observer.disconnect();
    const domMs = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const countText = document.querySelector('[data-testid="log-count"]')?.textContent ?? '';
        g.__benchLogOpen = { domMs, paintedMs: performance.now(), countText };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function collect(page: Page, serverUrl: string): Promise<LogOpenTiming> {
  const probe = await page.waitForFunction(
    () => (globalThis as ProbeGlobal).__benchLogOpen ?? false,
    undefined,
    { timeout: 30_000 },
  );
  const first = (await probe.jsonValue()) as NonNullable<ProbeGlobal['__benchLogOpen']>;
  // The requests still running (the total, read-ahead) finish before they are read, so their
  // times are complete and are not counted in the next open's.
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate((origin) => {
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.name.startsWith(origin))
      .map((r) => ({
        url: r.name.slice(origin.length),
        startMs: r.startTime,
        endMs: r.responseEnd,
      }))
      .sort((a, b) => a.startMs - b.startMs);
    return { dcl: nav?.domContentLoadedEventEnd ?? NaN, fcp: fcp?.startTime, requests };
  }, serverUrl);
  return {
    rowsInDomMs: first.domMs,
    rowsPaintedMs: first.paintedMs,
    domContentLoadedMs: entries.dcl,
    firstContentfulPaintMs: entries.fcp,
    requests: entries.requests,
    countText: first.countText,
  };
}

/**
 * Opens the supervisor page in a new tab, waits for the first log rows on screen and for its
 * requests to settle, closes it.
 */
export async function openLogTimed(
  browser: SupervisorBrowser,
  serverUrl: string,
): Promise<LogOpenTiming> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(firstRowsProbe);
    await page.goto(`chrome-extension://${browser.extensionId}/supervisor.html`);
    return await collect(page, serverUrl);
  } finally {
    await page.close();
  }
}
