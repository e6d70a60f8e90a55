/**
 * Click → something visible, timed inside the page: from the click event's own timestamp (when
 * the browser created it, before any handler) to the element matching `selector` being in the
 * document, and to the frame after that (a requestAnimationFrame callback, then a task: the
 * frame holding the element has been produced). Arm before the click, click (Playwright), then
 * read the result.
 */
import type { Page } from 'playwright-core';

export interface ClickTiming {
  /** Click → element in the DOM, ms. */
  domMs: number;
  /** Click → the next frame after it, ms. */
  paintedMs: number;
}

interface ClickGlobal {
  __benchClick?: ClickTiming | null;
}

/** Arms the next click in `page`; fails if `selector` already matches (nothing to wait for). */
export async function armClick(page: Page, selector: string): Promise<void> {
  await page.evaluate(armInPage, selector);
}

export async function readClick(page: Page, timeoutMs = 5_000): Promise<ClickTiming> {
  const handle = await page.waitForFunction(
    () => (globalThis as ClickGlobal).__benchClick ?? false,
    undefined,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as ClickTiming;
}

/** Serialised into the page: must not reference anything outside itself. */
function armInPage(selector: string): void {
  const g = globalThis as ClickGlobal;
  if (document.querySelector(selector)) throw new Error(`${selector} is already there`);
  g.__benchClick = null;
  document.addEventListener(
    'click',
    (event) => {
      const t0 = event.timeStamp;
      const finish = () => {
        const domMs = performance.now() - t0;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            g.__benchClick = { domMs, paintedMs: performance.now() - t0 };
          };
          channel.port2.postMessage(null);
        });
      };
      if (document.querySelector(selector)) return finish();
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { capture: true, once: true },
  );
}
