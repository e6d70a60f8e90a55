/**
 * The hash-routed SPA and the web-components desk (tests/fixtures/terminals/), run in jsdom with
 * their own scripts, through the watcher's pieces and the background's terminal service: screens
 * change by the fragment, the client's level holds on the deposit screen, the amount is read from
 * a <div> three shadow roots deep, and the completion marker fires live when the page's script
 * changes the status text.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFrameReport } from '../../../lib/content/frame-report';
import { scanPage } from '../../../lib/content/page-scan';
import { rereadExtraction } from '../../../lib/content/reread';
import { classifyMutation } from '../../../lib/content/relevance';
import { startChangeBatcher } from '../../../lib/content/change-batcher';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/detect/live-detection';
import { detect } from '../../../lib/detect/detect';
import type { Extraction } from '../../../lib/profile/extract';
import { parseProfileText } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { attachDeclarativeShadowRoots } from './declarative-shadow';

const fixture = (pattern: string, file: string) =>
  readFileSync(new URL(`../../fixtures/terminals/${pattern}/${file}`, import.meta.url), 'utf8');

function profileOf(pattern: string): TerminalProfile {
  const parsed = parseProfileText(fixture(pattern, 'profile.json'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

const pages: JSDOM[] = [];
afterEach(() => pages.splice(0).forEach((page) => page.window.close()));

/** The page without its script tag; the script runs after (declarative shadow roots attached). */
function open(pattern: string, url: string, runScript = true): JSDOM {
  const html = fixture(pattern, 'index.html').replace('<script src="app.js"></script>', '');
  const page = new JSDOM(html, { url, runScripts: 'outside-only', pretendToBeVisual: true });
  pages.push(page);
  attachDeclarativeShadowRoots(page.window.document);
  if (runScript) page.window.eval(fixture(pattern, 'app.js'));
  return page;
}

const waitFor = async (ok: () => boolean, ms = 2_000) => {
  for (const start = Date.now(); !ok();) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
};

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
}

/** One terminal tab: the watcher's loop in the page, the terminal service behind it. */
function liveTab(page: JSDOM, profile: TerminalProfile) {
  const doc = page.window.document;
  const abort = new page.window.AbortController();
  // The batcher observes with the global MutationObserver, the page's own in a browser.
  globalThis.MutationObserver = page.window.MutationObserver;
  let now = 1_000;
  const session = memorySession();
  const service = createTerminalService({
    session,
    now: () => (now += 100),
    profile: () => profile,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: () => undefined,
  });
  let scan = scanPage(doc, profile, page.window.location.href);
  let last: Extraction = scan.extraction;
  const sent: Promise<unknown>[] = [];
  const report = () => {
    const { type: _type, ...payload } = buildFrameReport(last, profile);
    sent.push(service.report(7, 0, payload));
  };
  const batcher = startChangeBatcher({
    root: doc,
    signal: abort.signal,
    isRelevant: (r) => classifyMutation(r, scan.watch),
    isRelevantTarget: () => true,
    requestFrame: (cb) => setTimeout(cb, 0),
    run: (kind) => {
      const quick = kind === 'value' ? rereadExtraction(last, profile, doc, scan.marker) : null;
      if (!quick) {
        scan = scanPage(doc, profile, page.window.location.href);
        batcher.watchValues(scan.valueTargets);
        batcher.watchStructure(scan.structureScope);
      }
      last = quick ?? scan.extraction;
      report();
    },
  });
  batcher.watchValues(scan.valueTargets);
  batcher.watchStructure(scan.structureScope);
  page.window.addEventListener('hashchange', () => batcher.flush('structure'));
  report();
  pages.push({ window: { close: () => abort.abort() } } as unknown as JSDOM);
  return {
    last: () => last,
    settled: () => Promise.all(sent.splice(0)),
    state: () => session.data['tab:7'] as TabState | undefined,
  };
}

describe('hash-routed SPA', () => {
  const profile = profileOf('hash-spa');

  it('shows the client screen, then the deposit screen, with the client’s level carried', async () => {
    const page = open('hash-spa', 'http://127.0.0.1/terminals/hash-spa/index.html#/client/c1001');
    const tab = liveTab(page, profile);
    await tab.settled();
    expect(tab.last()).toMatchObject({ screen: 'client', missingRequired: [] });
    expect(tab.state()?.detection).toMatchObject({ clientPresent: true, existingPremium: true });

    page.window.location.hash = '#/deposit';
    await waitFor(() => tab.last().screen === 'deposit');
    await tab.settled();
    expect(tab.state()?.detection).toMatchObject({
      clientPresent: true,
      existingPremium: true,
      missingRequired: [],
      paused: false,
      transactionComplete: false,
    });

    const doc = page.window.document;
    const amount = doc.getElementById('dep-amount') as HTMLInputElement;
    amount.value = '600000';
    amount.dispatchEvent(new page.window.Event('input', { bubbles: true }));
    await waitFor(() => tab.last().fields.amount?.value === '600000');
    await tab.settled();
    expect(tab.state()?.detection?.signals.map((s) => s.kind)).toEqual(['time_deposit']);

    (doc.getElementById('dep-submit') as HTMLButtonElement).click();
    await waitFor(() => tab.last().transactionComplete);
    await tab.settled();
    expect(tab.state()?.detection?.transactionComplete).toBe(true);
  });

  it('the queue screen ends the visit: the next client’s deposit shows no 金卡', async () => {
    const page = open('hash-spa', 'http://127.0.0.1/terminals/hash-spa/index.html#/client/c1001');
    const tab = liveTab(page, profile);
    page.window.location.hash = '#/home';
    await waitFor(() => tab.last().screen === 'home');
    await tab.settled();
    expect(tab.state()?.carried).toBeUndefined();
    page.window.location.hash = '#/client/c1002';
    await waitFor(() => tab.last().screen === 'client');
    page.window.location.hash = '#/deposit';
    await waitFor(() => tab.last().screen === 'deposit');
    await tab.settled();
    expect(tab.state()?.detection).toMatchObject({ clientPresent: true, existingPremium: false });
  });
});

describe('web-components desk with nested declarative shadow roots', () => {
  const profile = profileOf('shadow-dom');

  it('reads the amount from a <div> three shadow roots deep (static page)', () => {
    const page = open('shadow-dom', 'http://127.0.0.1/terminals/shadow-dom/index.html', false);
    const result = detect(page.window.document, profile);
    expect(result).toMatchObject({
      clientPresent: true,
      tier: 'A',
      missingRequired: [],
      transactionComplete: false,
    });
    expect(result.signals.map((s) => s.kind)).toEqual(['time_deposit']);
  });

  it('completes live when the page’s script sets the status text inside a shadow root', async () => {
    const page = open('shadow-dom', 'http://127.0.0.1/terminals/shadow-dom/index.html');
    const tab = liveTab(page, profile);
    await tab.settled();
    expect(tab.state()?.detection?.transactionComplete).toBe(false);
    const shell = page.window.document.querySelector('teller-shell')?.shadowRoot;
    const form = shell?.querySelector('txn-form')?.shadowRoot;
    (form?.querySelector('button.submit') as HTMLButtonElement).click();
    await waitFor(() => tab.last().transactionComplete);
    await tab.settled();
    expect(tab.state()?.detection?.transactionComplete).toBe(true);
  });
});
