/**
 * Handoffs in Chromium's own IndexedDB, production build, demo terminal on the `time-deposit-vip`
 * scenario, signed in as a cash teller (T001); the side panel opened as a 400 × 900 page pinned
 * to the terminal's tab. (a) click on a handoff button → its confirmation on screen; (b) 1,000
 * handoffs' rows in one IndexedDB transaction (raw IndexedDB in the panel, see
 * bench/core/idb-write.ts), ten times, which leaves 10,000 referrals; (c) "My referrals" with
 * those 10,000: tab click → first rows on screen, then frame times while flicking to the end.
 */
import { launchBrowser } from '../core/browser';
import {
  countMine,
  handoffClicks,
  openMine,
  scrollMine,
  writeBatches,
} from '../core/handoff-panel-flows';
import { droppedFrames } from '../core/scroll-frames';
import { describe, distribution, fmt, median, rounded } from '../core/stats';
import { defineSuite } from '../core/suite';
import { openTerminalAndPanel, signIn } from '../../support/browser/panel.ts';

const STAFF = 'T001';
const CLICKS = { measured: 21, warmup: 3 };
const WRITES = { batches: 10, perBatch: 1_000 };
const TAB_OPENS = 5;
const FLICK = { stepPx: 1_200, pauseMs: 16, maxEvents: 800 };

export default defineSuite({
  name: 'handoffs-browser',
  title: 'Handoffs in Chromium: click → confirmation, IndexedDB writes, My referrals',
  order: 55,
  async run(ctx) {
    const prod = await ctx.extension('production');
    const { url } = await ctx.demo();
    const browser = await launchBrowser({ origin: url, extensionDir: prod.dir });
    try {
      const ext = browser.extension;
      if (!ext) throw new Error('the extension did not load');
      await signIn(browser.context, ext.id, 'cash_teller', STAFF);
      const { panel } = await openTerminalAndPanel(
        browser.context,
        ext.serviceWorker,
        ext.id,
        url,
        'time-deposit-vip',
      );
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.bringToFront();

      ctx.log(`handoffs-browser: ${CLICKS.measured} handoff clicks (each undone)`);
      const clicks = await handoffClicks(panel, CLICKS.measured, CLICKS.warmup);
      ctx.log(`handoffs-browser: ${WRITES.batches} × ${WRITES.perBatch} handoffs into IndexedDB`);
      const writes = await writeBatches(panel, STAFF, WRITES.batches, WRITES.perBatch);
      const stored = await countMine(panel, STAFF);
      await panel.reload();
      await panel.getByTestId('handoff').waitFor();
      ctx.log(`handoffs-browser: My referrals with ${stored.toLocaleString('en-US')} referrals`);
      const opens = await openMine(panel, TAB_OPENS);
      const frames = await scrollMine(panel, FLICK);

      const painted = distribution(clicks.map((c) => c.paintedMs));
      const dom = distribution(clicks.map((c) => c.domMs));
      const write = distribution(writes);
      const open = distribution(opens.map((o) => o.paintedMs));
      const scroll = distribution(frames.scrolling);
      const idle = distribution(frames.idle);
      const dropped = droppedFrames(frames.scrolling);
      const shown = frames.scrolling.length + dropped;
      return {
        metrics: [
          {
            name: 'click on a handoff button → confirmation on screen',
            value: painted.p95,
            unit: 'ms',
            display: describe(painted),
            target: { max: 100 },
            note: `refer now / hand the card / not now in turn, each undone; in the DOM: p50 ${fmt(dom.p50)} / p95 ${fmt(dom.p95)} ms; includes the handoff's own IndexedDB transaction`,
          },
          {
            name: 'write 1,000 handoffs in one IndexedDB transaction',
            value: median(writes),
            unit: 'ms',
            display: `median ${fmt(write.p50)} / max ${fmt(write.max)} ms (n=${write.n})`,
            target: { max: 100 },
            note: `7,000 rows each (1,000 referrals, 2,000 events, 3,000 outbox, 1,000 audit), ${fmt((write.p50 * 1000) / 7_000)} µs per row; raw IndexedDB in the panel page, the store growing to ${stored.toLocaleString('en-US')} referrals`,
          },
          {
            name: `My referrals (${stored.toLocaleString('en-US')}): tab click → first rows on screen`,
            value: open.p50,
            unit: 'ms',
            display: describe(open),
            note: 'the list reads all of them (useLiveQuery, newest first), then renders the visible rows',
          },
          {
            name: `My referrals (${stored.toLocaleString('en-US')}): frame time while scrolling to the end`,
            value: scroll.p95,
            unit: 'ms',
            display: `p50 ${fmt(scroll.p50)} / p95 ${fmt(scroll.p95)} / max ${fmt(scroll.max)} ms (n=${scroll.n})`,
            target: { max: 50 },
            note: `${frames.scroll.wheelEvents} wheel flicks of ${FLICK.stepPx} px every ~${FLICK.pauseMs} ms, end ${frames.scroll.reachedEnd ? 'reached' : 'NOT reached'}; ${dropped} of ${shown} frames dropped at 60 Hz (${fmt((dropped / Math.max(1, shown)) * 100)} %); ${frames.longFrames} long animation frames; idle p50 ${fmt(idle.p50)} ms`,
          },
        ],
        details: {
          clickPaintedMs: rounded(painted),
          clickDomMs: rounded(dom),
          writeMs: writes,
          storedReferrals: stored,
          openMineMs: opens,
          scrollFrameMs: rounded(scroll),
          idleFrameMs: rounded(idle),
          droppedFrames: dropped,
          longAnimationFrames: frames.longFrames,
          scroll: frames.scroll,
          panelViewport: '400 × 900',
        },
      };
    } finally {
      await browser.close();
    }
  },
});
