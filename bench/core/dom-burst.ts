/**
 * A controlled replay of the heavy page's own DOM writes: bursts of ticker-cell updates and
 * journal-row inserts (the same operations, in the same 9:1 mix, as demo/public/heavy.js), each
 * burst timed synchronously in the page's main world, one burst per task so that a content
 * script's observer callback runs between bursts, never inside the timed part. What is left in
 * the timing is the page's own work — including the MutationRecords an observer makes the
 * browser queue for it. Medians over many bursts shrug off preemption by other processes.
 */
import type { Page } from 'playwright-core';

export const BURST_MUTATIONS = 150;

export function domBurstTimes(page: Page, bursts: number): Promise<number[]> {
  return page.evaluate(
    ([count, size]) =>
      new Promise<number[]>((resolve) => {
        const cells = [...document.querySelectorAll('#ticker b')];
        const rows = document.querySelector('#journal tbody');
        if (!rows || cells.length === 0) throw new Error('heavy page not ready');
        const times: number[] = [];
        const burst = () => {
          const t0 = performance.now();
          for (let k = 1; k <= size; k += 1) {
            if (k % 10 === 0) {
              rows.lastElementChild?.remove();
              const first = rows.firstElementChild;
              if (first) rows.prepend(first.cloneNode(true));
            } else {
              const cell = cells[k % cells.length];
              if (cell) cell.textContent = (1 + Math.random() * 9).toFixed(4);
            }
          }
          times.push(performance.now() - t0);
          if (times.length < count) setTimeout(burst, 0);
          else resolve(times);
        };
        burst();
      }),
    [bursts, BURST_MUTATIONS] as const,
  );
}
