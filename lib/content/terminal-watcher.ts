/**
 * The terminal watcher, one per frame: reads what the profile names, reports it to the
 * background when it changed, and (top frame only) shows the badge. Everything hangs off the
 * content-script context, so observers, listeners and timers die with the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction } from '../profile/extract';
import { matchesAny } from '../profile/match';
import { storedBranchKey, storedProfile } from './stored-config';
import { createClientRefCache } from './client-ref-cache';
import { startChangeBatcher } from './change-batcher';
import { frameLocalProfile, ownFrameElement } from './frame-profile';
import { buildFrameReport, type FrameReportPayload } from './frame-report';
import { isDropped, sendFromContent } from '../messaging/send';
import { classifyMutation, isRelevantEventTarget, type ChangeKind } from './relevance';
import { rereadExtraction } from './reread';
import { scanIsStale, scanPage, type PageScan } from './page-scan';
import { mountBadge } from './badge-controller';
import { identityHashInput, linkingEntries } from '../profile/identity';

/** How often the safety net looks for pending fields and detached ones (ms). */
const SAFETY_NET_MS = 400;

export async function startTerminalWatcher(ctx: ContentScriptContext): Promise<void> {
  const profile = await storedProfile();
  const topUrl = window === window.top ? location.href : document.referrer || location.href;
  if (!matchesAny(profile.matches, location.href) && !matchesAny(profile.matches, topUrl)) return;

  const local = frameLocalProfile(profile, ownFrameElement(window));
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  // The page (or this frame) is going away: its fields must not linger in the tab's live state.
  window.addEventListener('pagehide', () => abort.abort(), { once: true });
  let scan: PageScan | undefined;
  let lastSent = '';
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const setBadge = window === window.top ? mountBadge(ctx, abort.signal) : undefined;

  const refFor = createClientRefCache(storedBranchKey);
  const linking = linkingEntries(local);

  const send = (report: FrameReportPayload, force: boolean) => {
    const serialised = JSON.stringify(report);
    if (!force && serialised === lastSent) return;
    lastSent = serialised;
    void sendFromContent(report)
      .then((ack) => {
        clearTimeout(recheck);
        if (isDropped(ack)) return;
        setBadge?.(ack.badge);
        if (ack.recheckInMs !== undefined && !abort.signal.aborted)
          recheck = setTimeout(() => run('structure', true), ack.recheckInMs);
      })
      .catch(() => undefined);
  };

  let last: Extraction | undefined;
  const extract = (kind: ChangeKind): Extraction => {
    // A value changed: re-read the known elements; otherwise (or if one left the page) search again.
    const quick =
      kind === 'value' && last ? rereadExtraction(last, local, document, scan?.marker) : null;
    if (quick) return quick;
    scan = scanPage(document, local, location.href);
    batcher.watchValues(scan.valueTargets);
    batcher.watchStructure(scan.structureScope);
    return scan.extraction;
  };

  const run = (kind: ChangeKind, force = false) => {
    const extraction = (last = extract(kind));
    const report = buildFrameReport(extraction, local);
    const values = Object.fromEntries(
      Object.entries(extraction.fields).map(([key, field]) => [key, field.value]),
    );
    const identity = identityHashInput(linking, values);
    if (!identity) return send(report, force);
    // The full number stays in this frame: only its keyed hash travels.
    void refFor(identity).then((ref) => send(ref ? { ...report, ...ref } : report, force));
  };

  const batcher = startChangeBatcher({
    root: document,
    signal: abort.signal,
    isRelevant: (r) => (scan ? classifyMutation(r, scan.watch) : null),
    isRelevantTarget: (t) => !!scan && isRelevantEventTarget(t, scan.watch),
    run: (kind) => run(kind),
  });
  run('structure');
  // An SPA's screen change: hash routing and history navigation fire these; pushState fires
  // nothing, so the safety net compares the URL too.
  const screenChanged = () => batcher.flush('structure');
  window.addEventListener('hashchange', screenChanged, { signal: abort.signal });
  window.addEventListener('popstate', screenChanged, { signal: abort.signal });
  const safetyNet = setInterval(() => {
    if (
      document.visibilityState === 'visible' &&
      scan !== undefined &&
      scanIsStale(document, scan, location.href)
    )
      batcher.flush('structure');
  }, SAFETY_NET_MS);

  abort.signal.addEventListener('abort', () => {
    clearTimeout(recheck);
    clearInterval(safetyNet);
    void sendFromContent({ type: 'terminal:frame-gone' }).catch(() => undefined);
  });
}
