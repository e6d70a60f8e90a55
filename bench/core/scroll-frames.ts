/**
 * Frame pacing in a page while something happens: every requestAnimationFrame timestamp is kept,
 * and the intervals between them are the frame times the user saw (16.7 ms at 60 Hz; a longer one
 * means frames were dropped). `scrollToEnd` flicks the mouse wheel over a scroller until its end.
 */
import type { Page } from 'playwright-core';

interface FramesGlobal {
  __benchFrames?: { times: number[]; stop: boolean };
}

export const FRAME_MS = 1000 / 60;

/** Runs `during` while sampling frames; returns the frame intervals (ms). */
export async function frameIntervals(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const g = globalThis as FramesGlobal;
    const state = { times: [] as number[], stop: false };
    g.__benchFrames = state;
    const loop = (t: number) => {
      state.times.push(t);
      if (!state.stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await during();
  const times = await page.evaluate(() => {
    const state = (globalThis as FramesGlobal).__benchFrames;
    if (!state) return [];
    state.stop = true;
    return state.times;
  });
  return times.slice(1).map((t, i) => t - (times[i] ?? t));
}

/** Frames that should have been shown but were not, at 60 Hz. */
export function droppedFrames(intervals: readonly number[]): number {
  return intervals.reduce((n, iv) => n + Math.max(0, Math.round(iv / FRAME_MS) - 1), 0);
}

export interface ScrollResult {
  wheelEvents: number;
  reachedEnd: boolean;
  scrollTop: number;
  scrollHeight: number;
}

const position = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => ({
    top: el.scrollTop,
    end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
    height: el.scrollHeight,
  }));

/** Wheel flicks of `stepPx` every `pauseMs` over the scroller until its end (or `maxEvents`). */
export async function scrollToEnd(
  page: Page,
  selector: string,
  { stepPx, pauseMs, maxEvents }: { stepPx: number; pauseMs: number; maxEvents: number },
): Promise<ScrollResult> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let events = 0;
  let at = await position(page, selector);
  while (!at.end && events < maxEvents) {
    await page.mouse.wheel(0, stepPx);
    events += 1;
    await page.waitForTimeout(pauseMs);
    at = await position(page, selector);
  }
  return { wheelEvents: events, reachedEnd: at.end, scrollTop: at.top, scrollHeight: at.height };
}
