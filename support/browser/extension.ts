/** Debian's Chromium with the built extension loaded: shared by the e2e fixtures and the bench. */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import path from 'node:path';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `timeZone`: the PC's own zone (browser process and pages), e.g. to prove pages ignore it;
 * `locale`: the browser's UI language (zh-CN unless a test says otherwise).
 */
export async function launchWithExtension(
  userDataDir: string,
  options: { timeZone?: string; locale?: string } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    ...(options.timeZone
      ? { timezoneId: options.timeZone, env: { ...process.env, TZ: options.timeZone } }
      : {}),
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Everything the background keeps in `storage.session` (live, per-tab state). */
export async function readSessionStorage(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate<Record<string, unknown>>('chrome.storage.session.get(null)');
}

/** The browser tab id of the page at `url` (the panel, opened as a page, is pinned to it). */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const id = await sw.evaluate<number | undefined, string>(
    (u) =>
      (globalThis as unknown as ChromeTabsGlobal).chrome.tabs
        .query({})
        .then((tabs) => tabs.find((t) => t.url?.startsWith(u))?.id),
    url,
  );
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

interface ChromeTabsGlobal {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}
