// @vitest-environment jsdom
/**
 * A label edited in place ("交易金额" → "金额(元)", the text node's data changes) is a page change:
 * the watcher scans again at once, the field is missing, and the tab pauses within the pause
 * window, as when the field is removed. Real MutationObserver records; the clock is injected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChangeBatcher } from '../../../lib/content/change-batcher';
import { classifyMutation, type ChangeKind } from '../../../lib/content/relevance';
import { scanIsStale, scanPage, type PageScan } from '../../../lib/content/page-scan';
import { buildFrameReport } from '../../../lib/content/frame-report';
import { createTerminalService } from '../../../lib/background/terminal-service';
import type { SessionArea } from '../../../lib/background/tab-state';
import type { TabState } from '../../../lib/detect/live-detection';
import { PAUSE_AFTER_MS } from '../../../lib/detect/tab-detection';
import { parseProfile } from '../../../lib/profile/parse';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { setBody } from '../engine/dom-helpers';

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

const parsed = parseProfile({
  schemaVersion: 1,
  id: 'label-edit',
  name: 'label edit',
  version: '1',
  matches: ['http://localhost/*'],
  fields: {
    amount: { label: '交易金额', read: 'value', required: true },
    cardNumber: { label: '卡号', read: 'value' },
  },
});
if (!parsed.ok) throw new Error('profile');
const profile = parsed.profile;

function memorySession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => Promise.resolve(void Object.assign(data, structuredClone(items))),
    remove: (key) => Promise.resolve(void delete data[key]),
  };
}

let abort: AbortController;
beforeEach(() => {
  abort = new AbortController();
  setBody(
    document,
    `<div id="clock">09:00</div>
     <form id="f"><table><tr><td class="lbl">交易金额</td><td><input id="amt" value="600000"></td></tr>
     <tr><td class="lbl">卡号</td><td><input id="card" value="6222021234561234"></td></tr></table></form>`,
  );
});
afterEach(() => abort.abort());

function liveTab() {
  let now = 10_000;
  const session = memorySession();
  const service = createTerminalService({
    session,
    now: () => now,
    profile: () => profile,
    config: () => DEFAULT_TIERING_CONFIG,
    pushBadge: () => undefined,
  });
  let scan: PageScan | undefined;
  const kinds: ChangeKind[] = [];
  const reports: Promise<unknown>[] = [];
  const frames: (() => void)[] = [];
  const batcher = startChangeBatcher({
    root: document,
    signal: abort.signal,
    isRelevant: (r) => (scan ? classifyMutation(r, scan.watch) : null),
    isRelevantTarget: () => false,
    requestFrame: (cb) => frames.push(cb),
    run: (kind) => {
      kinds.push(kind);
      if (kind === 'structure' || !scan) {
        scan = scanPage(document, profile, location.href);
        batcher.watchValues(scan.valueTargets);
        batcher.watchStructure(scan.structureScope);
      }
      const report = buildFrameReport(scan.extraction, profile);
      const { type: _type, ...payload } = report;
      reports.push(service.report(1, 0, payload));
    },
  });
  return {
    kinds,
    batcher,
    nextFrame: () => frames.splice(0).forEach((cb) => cb()),
    scan: () => scan,
    tick: (ms: number) => (now += ms),
    flushReports: () => Promise.all(reports.splice(0)),
    detection: () => (session.data['tab:1'] as TabState | undefined)?.detection,
    report: () => {
      if (!scan) throw new Error('no scan');
      const { type: _type, ...payload } = buildFrameReport(scan.extraction, profile);
      return service.report(1, 0, payload);
    },
  };
}

describe('a label edited in place', () => {
  it('is a structure change: the field goes missing and the tab pauses within 5 s', async () => {
    const tab = liveTab();
    tab.batcher.flush('structure');
    await tab.flushReports();
    expect(tab.detection()).toMatchObject({ missingRequired: [], paused: false });
    tab.nextFrame();
    expect(tab.kinds).toEqual(['structure']);

    const label = document.querySelector('td.lbl')?.firstChild as Text;
    label.data = '金额(元)'; // a terminal update renamed the column
    await settle();
    expect(tab.kinds).toEqual(['structure', 'structure']);
    const acks = await tab.flushReports();
    expect(tab.scan()?.extraction.missingRequired).toEqual(['amount']);
    expect(tab.detection()).toMatchObject({ missingRequired: ['amount'], paused: false });

    // The background asks for a recheck after the pause window; the watcher reports again then.
    const recheck = (acks.at(-1) as { recheckInMs?: number }).recheckInMs ?? Infinity;
    expect(recheck).toBe(PAUSE_AFTER_MS);
    tab.tick(recheck);
    await tab.report();
    expect(tab.detection()?.paused).toBe(true);
    expect(recheck).toBeLessThan(5_000);
  });

  it('typing in a field stays on the value path, even when the label wraps its input', async () => {
    setBody(document, `<form><label>交易金额 <input id="amt" value="1"></label></form>`);
    const tab = liveTab();
    tab.batcher.flush('structure');
    tab.nextFrame();
    document.getElementById('amt')?.setAttribute('value', '2');
    await settle();
    expect(tab.kinds).toEqual(['structure', 'value']);
  });

  it('the safety net sees a label edit it was not told about', () => {
    const scan = scanPage(document, profile, location.href);
    expect(scanIsStale(document, scan, location.href)).toBe(false);
    const label = document.querySelector('td.lbl')?.firstChild as Text;
    label.data = '金额(元)';
    expect(scanIsStale(document, scan, location.href)).toBe(true);
  });

  it('the safety net sees the URL change (pushState fires no event)', () => {
    const scan = scanPage(document, profile, 'http://localhost/app#/client');
    expect(scanIsStale(document, scan, 'http://localhost/app#/client')).toBe(false);
    expect(scanIsStale(document, scan, 'http://localhost/app#/deposit')).toBe(true);
  });
});
