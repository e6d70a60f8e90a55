/**
 * `--browser`: loads the page in headless Chromium with its scripts running, waits for it to
 * settle, runs the content script's own frame code in every same-origin frame, and merges the
 * frame reports in Node exactly as the background does (mergeFrameReports → detectFromExtraction).
 * Uses the Chromium installed on the machine (Debian's /usr/bin/chromium, or CHROMIUM_PATH).
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { detectFromExtraction, type DetectOptions } from '../../lib/detect/detect';
import type { FrameReport } from '../../lib/detect/live-detection';
import { screenExtraction } from '../../lib/detect/screen-context';
import type { TerminalProfile } from '../../lib/profile/schema';
import { encodingForLabel } from '../encoding';
import type { PageReading } from '../read-page';
import { PageLoadError, type PageTarget } from '../page-target';
import { bundleFrameReader, GLOBAL_NAME } from './bundle';
import type { FrameReading } from './in-frame';
import { settle, type SettleOptions } from './settle';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const NAVIGATION_TIMEOUT_MS = 30_000;

export interface BrowserReadOptions extends SettleOptions {
  encoding?: string;
  detect: DetectOptions;
}

/** One Chromium for every page of a run (an `--expect` file may name several). */
export interface BrowserSession {
  read(
    target: PageTarget,
    profile: TerminalProfile,
    options: BrowserReadOptions,
  ): Promise<PageReading>;
  close(): Promise<void>;
}

function sameOriginAs(page: Page, frame: Frame): boolean {
  const url = frame.url();
  if (url === 'about:blank' || url === 'about:srcdoc') return true; // the parent's origin
  try {
    return new URL(url).origin === new URL(page.url()).origin;
  } catch {
    return false;
  }
}

async function relabel(page: Page, encoding: string): Promise<void> {
  // `--encoding`: documents (page and frames) arrive labelled with it, as the override says.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-type': `text/html; charset=${encoding}` },
    });
  });
}

async function readFrames(page: Page, script: string, profile: TerminalProfile) {
  const expression = `(() => { ${script}\nreturn ${GLOBAL_NAME}.readFrame(${JSON.stringify(profile)}); })()`;
  const frames: Record<string, FrameReport> = {};
  let clientLinked = false;
  let at = 0;
  for (const frame of page.frames()) {
    if (!sameOriginAs(page, frame)) continue;
    const reading = await frame.evaluate<FrameReading>(expression).catch(() => null);
    if (!reading) continue; // a frame that navigated away meanwhile
    const { type: _type, ...report } = reading.report;
    frames[String(at)] = { ...report, at: at++ };
    clientLinked ||= reading.clientLinked;
  }
  return { frames, clientLinked };
}

export async function openBrowser(): Promise<BrowserSession> {
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new PageLoadError(`cannot start Chromium (${CHROMIUM_PATH}): ${first}`);
  }
  let script: Promise<string> | undefined;
  return {
    async read(target, profile, options) {
      // Bundled while the page loads; a bundling error surfaces where it is awaited, below.
      script ??= bundleFrameReader();
      script.catch(() => undefined);
      const context = await browser.newContext({ locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        const override = options.encoding ? encodingForLabel(options.encoding) : null;
        if (override) await relabel(page, override);
        try {
          await page.goto(target.url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
        } catch (error) {
          const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
          throw new PageLoadError(`cannot load page ${target.printedUrl}: ${first}`);
        }
        await settle(page, options);
        const { frames, clientLinked } = await readFrames(page, await script, profile);
        // As the background merges a tab's frames: the screens they report applied.
        const merged = screenExtraction({ tabId: 0, frames, softCues: [], updatedAt: 0 }, profile);
        const result = detectFromExtraction(merged, profile, options.detect);
        return {
          result,
          clientLinked,
          url: target.isFile ? target.printedUrl : page.url(),
          warnings: [],
        };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
