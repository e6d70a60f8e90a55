/**
 * What the handoffs-browser suite does in the side panel (opened as a page for the terminal's
 * tab, production build): click the three handoff buttons in turn and undo each; write batches
 * of handoff rows into the panel's IndexedDB; open "My referrals" and scroll it to the end.
 */
import type { Page } from 'playwright-core';
import { armClick, readClick, type ClickTiming } from './click-to-paint';
import { handoffRows } from './handoff-rows';
import { writeHandoffRows } from './idb-write';
import { readPageProbe } from './page-probe';
import { frameIntervals, scrollToEnd, type ScrollResult } from './scroll-frames';

const CONFIRMATION = '[data-testid=handoff-confirmation]';
const FIRST_ROW = '[data-testid=referral-row]';
const LIST = '[data-testid=my-referrals]';
const BUTTONS = [/推介给客户经理/, /递送名片/, /暂不需要/];

/** Refer now, hand the card, not now, in turn; each undone before the next (confirmation gone). */
export async function handoffClicks(
  panel: Page,
  measured: number,
  warmup: number,
): Promise<ClickTiming[]> {
  const timings: ClickTiming[] = [];
  for (let i = 0; i < warmup + measured; i += 1) {
    await panel.locator(CONFIRMATION).waitFor({ state: 'detached' });
    await armClick(panel, CONFIRMATION);
    await panel.getByRole('button', { name: BUTTONS[i % BUTTONS.length] }).click();
    const timing = await readClick(panel);
    if (i >= warmup) timings.push(timing);
    await panel.getByTestId('undo').click();
  }
  await panel.locator(CONFIRMATION).waitFor({ state: 'detached' });
  return timings;
}

/** `batches` transactions of `perBatch` handoffs by `staffId`, newest last; ms per transaction. */
export async function writeBatches(
  panel: Page,
  staffId: string,
  batches: number,
  perBatch: number,
): Promise<number[]> {
  const newest = Date.now() - 3_600_000;
  const times: number[] = [];
  for (let b = 0; b < batches; b += 1) {
    const rows = handoffRows(
      perBatch,
      staffId,
      newest - (batches - 1 - b) * perBatch * 1000,
      b * perBatch,
    );
    times.push(await writeHandoffRows(panel, rows));
  }
  return times;
}

export async function countMine(panel: Page, staffId: string): Promise<number> {
  return panel.evaluate(async (staff) => {
    const open = indexedDB.open('teller-sidekick');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const index = db
      .transaction('referrals')
      .objectStore('referrals')
      .index('[referrerStaffId+createdAt]');
    const count = index.count(IDBKeyRange.bound([staff, ''], [staff, '\uffff']));
    const n = await new Promise<number>(
      (resolve) => (count.onsuccess = () => resolve(count.result)),
    );
    db.close();
    return n;
  }, staffId);
}

/** Clicks the "My referrals" tab `times` times (back to "Now" in between): click → first row. */
export async function openMine(panel: Page, times: number): Promise<ClickTiming[]> {
  const timings: ClickTiming[] = [];
  for (let i = 0; i < times; i += 1) {
    await armClick(panel, FIRST_ROW);
    await panel.getByRole('tab', { name: '我的推介' }).click();
    timings.push(await readClick(panel, 30_000));
    if (i < times - 1) {
      await panel.getByRole('tab', { name: '当前' }).click();
      await panel.locator(LIST).waitFor({ state: 'detached' });
    }
  }
  return timings;
}

export interface ScrollFrames {
  idle: number[];
  scrolling: number[];
  scroll: ScrollResult;
  longFrames: number;
}

/** With "My referrals" open: 2 s of idle frames, then wheel flicks to the end of the list. */
export async function scrollMine(
  panel: Page,
  flick: { stepPx: number; pauseMs: number; maxEvents: number },
): Promise<ScrollFrames> {
  await panel.locator(FIRST_ROW).first().waitFor();
  const idle = await frameIntervals(panel, () => panel.waitForTimeout(2_000));
  let scroll: ScrollResult | undefined;
  await readPageProbe(panel, true);
  const scrolling = await frameIntervals(panel, async () => {
    scroll = await scrollToEnd(panel, LIST, flick);
  });
  const probe = await readPageProbe(panel);
  if (!scroll) throw new Error('scroll did not run');
  return { idle, scrolling, scroll, longFrames: probe.longFrames.length };
}
