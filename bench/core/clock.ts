/**
 * Offsets between the clocks of different browser processes, so a timestamp taken in the
 * terminal page and one taken in the side panel can be subtracted. Each page's
 * `performance.timeOrigin + performance.now()` is sampled against Node's, NTP-style; the sample
 * with the shortest round trip wins (its error is at most half that round trip).
 */
import type { Page } from 'playwright-core';

const nodeNow = () => performance.timeOrigin + performance.now();

export interface ClockOffset {
  /** page clock − Node clock, ms */
  offsetMs: number;
  /** round trip of the best sample, ms: the offset is good to ± half of it */
  rttMs: number;
}

export async function clockOffset(page: Page, samples = 15): Promise<ClockOffset> {
  let best: ClockOffset = { offsetMs: 0, rttMs: Infinity };
  for (let i = 0; i < samples; i += 1) {
    const sent = nodeNow();
    const remote = await page.evaluate(() => performance.timeOrigin + performance.now());
    const received = nodeNow();
    const rttMs = received - sent;
    if (rttMs < best.rttMs) best = { offsetMs: remote - (sent + received) / 2, rttMs };
  }
  return best;
}
