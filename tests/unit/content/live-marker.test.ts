// @vitest-environment jsdom
/**
 * The "transaction complete" marker, live: real MutationObserver records from jsdom go through
 * the watcher's own pieces (scan → batcher → classification → fast re-read or full scan), so the
 * test sees what the content script would do when the status line's text changes in place.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChangeBatcher } from '../../../lib/content/change-batcher';
import { classifyMutation, type ChangeKind } from '../../../lib/content/relevance';
import { rereadExtraction } from '../../../lib/content/reread';
import { scanIsStale, scanPage, type PageScan } from '../../../lib/content/page-scan';
import type { Extraction } from '../../../lib/profile/extract';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { addFrame, addShadow, setBody } from '../engine/dom-helpers';

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

function profileWith(marker: Record<string, string>): TerminalProfile {
  const parsed = parseProfile({
    schemaVersion: 1,
    id: 'live-marker',
    name: 'live marker',
    version: '1',
    matches: ['http://localhost/*'],
    fields: { amount: { selector: '.amount', read: 'text', required: true } },
    transactionComplete: marker,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

/** The watcher's loop without the browser: scan, observe, classify, re-read or scan again. */
function watch(profile: TerminalProfile) {
  let scan: PageScan | undefined;
  let last: Extraction | undefined;
  const runs: { kind: ChangeKind; fast: boolean; complete: boolean }[] = [];
  const frames: (() => void)[] = [];
  const batcher = startChangeBatcher({
    root: document,
    signal: abort.signal,
    isRelevant: (r) => (scan ? classifyMutation(r, scan.watch) : null),
    isRelevantTarget: () => false,
    requestFrame: (cb) => frames.push(cb),
    run: (kind) => {
      const quick =
        kind === 'value' && last ? rereadExtraction(last, profile, document, scan?.marker) : null;
      if (!quick) {
        scan = scanPage(document, profile, location.href);
        batcher.watchValues(scan.valueTargets);
        batcher.watchStructure(scan.structureScope);
      }
      last = quick ?? scan?.extraction;
      runs.push({ kind, fast: !!quick, complete: last?.transactionComplete ?? false });
    },
  });
  batcher.flush('structure');
  const nextFrame = () => frames.splice(0).forEach((cb) => cb());
  /** One tick of the safety net. */
  const safetyNet = () => {
    if (scan && scanIsStale(document, scan, location.href)) batcher.flush('structure');
  };
  return { runs, nextFrame, safetyNet, complete: () => last?.transactionComplete };
}

let abort: AbortController;
beforeEach(() => (abort = new AbortController()));
afterEach(() => abort.abort());

describe('completion marker, live', () => {
  it('fires when the status element already exists and only its text node changes', async () => {
    setBody(
      document,
      `<main><div class="amount">600,000.00</div></main>
       <aside><p id="txn-status" class="status">请核对后提交</p></aside>`,
    );
    const live = watch(profileWith({ selector: '#txn-status', text: '交易成功' }));
    expect(live.complete()).toBe(false);
    live.nextFrame();

    (document.getElementById('txn-status')?.firstChild as Text).data = '交易成功';
    await settle();
    expect(live.runs.at(-1)).toEqual({ kind: 'value', fast: true, complete: true });
  });

  it('fires when the framework replaces the status text (childList inside the element)', async () => {
    setBody(document, `<div class="amount">1</div><p id="s">处理中</p>`);
    const live = watch(profileWith({ selector: '#s', text: '交易成功' }));
    live.nextFrame();
    const status = document.getElementById('s');
    if (status) status.textContent = '交易成功';
    await settle();
    expect(live.complete()).toBe(true);
  });

  it('fires inside an open shadow root, by selector and text, on the fast path', async () => {
    setBody(document, `<div class="amount">1</div>`);
    const host = addShadow(document, `<div class="txn-status">待提交</div>`);
    const live = watch(profileWith({ selector: '.txn-status', text: '交易成功' }));
    live.nextFrame();
    const status = host.shadowRoot?.querySelector('.txn-status');
    (status?.firstChild as Text).data = '交易成功';
    await settle();
    expect(live.runs.at(-1)).toEqual({ kind: 'value', fast: true, complete: true });
  });

  it('fires inside a same-origin frame (a status frame), on the fast path', async () => {
    setBody(document, `<div class="amount">1</div>`);
    const frame = addFrame(document, 'status-frame', `<p id="msg">请核对后提交</p>`);
    const live = watch(profileWith({ selector: '#msg', text: '交易成功' }));
    live.nextFrame();
    const msg = frame.contentDocument?.getElementById('msg');
    (msg?.firstChild as Text).data = '交易成功';
    await settle();
    expect(live.runs.at(-1)).toEqual({ kind: 'value', fast: true, complete: true });
  });

  it('fires for a text-only marker inside a shadow root (the safety net sees it)', async () => {
    setBody(document, `<div class="amount">1</div>`);
    const outer = addShadow(document, `<section><p class="msg">待提交</p></section>`);
    const live = watch(profileWith({ text: '交易成功' }));
    live.nextFrame();
    live.safetyNet();
    expect(live.runs).toHaveLength(1); // nothing changed: no scan
    const msg = outer.shadowRoot?.querySelector('.msg');
    (msg?.firstChild as Text).data = '交易成功';
    await settle();
    live.safetyNet();
    expect(live.complete()).toBe(true);
  });

  it('answers a text-only marker in a shadow root on the fast path as the full scan does', () => {
    setBody(document, `<div class="amount">1</div>`);
    const host = addShadow(document, `<p class="msg">交易成功</p>`);
    const profile = profileWith({ text: '交易成功' });
    const scan = scanPage(document, profile, location.href);
    expect(scan.extraction.transactionComplete).toBe(true);
    expect(
      rereadExtraction(scan.extraction, profile, document, scan.marker)?.transactionComplete,
    ).toBe(true);
    host.shadowRoot?.querySelector('.msg')?.replaceChildren('待提交');
    expect(
      rereadExtraction(scan.extraction, profile, document, scan.marker)?.transactionComplete,
    ).toBe(false);
  });

  it('a marker by selector and text that is on the page without its text is still pending', () => {
    setBody(document, `<div class="amount">1</div><p id="s">处理中</p>`);
    const profile = profileWith({ selector: '#s', text: '交易成功' });
    const scan = scanPage(document, profile, location.href);
    expect(scan.watch.pending).toContainEqual({ selector: '#s', text: '交易成功' });
    expect(scanIsStale(document, scan, location.href)).toBe(false);
    document.getElementById('s')?.replaceChildren('交易成功'); // unobserved: the safety net's job
    expect(scanIsStale(document, scan, location.href)).toBe(true);
  });
});
