/**
 * Waits for a page whose scripts draw the form to settle: the network goes quiet (briefly), then
 * the DOM stops changing for a moment, then `--wait-for <selector>` appears and `--wait-ms`
 * passes, if given. Bounded, so a page with a ticking clock still gets read.
 */
import type { Page } from 'playwright-core';
import { PageLoadError } from '../page-target';

export interface SettleOptions {
  /** A CSS selector (open shadow roots are searched) to wait for, in the top frame. */
  waitFor?: string;
  /** Extra milliseconds to wait at the end. */
  waitMs?: number;
}

const NETWORK_IDLE_MAX_MS = 3_000;
const QUIET_MS = 300;
const QUIET_MAX_MS = 3_000;
const WAIT_FOR_TIMEOUT_MS = 15_000;

/**
 * Runs in the page: resolves after QUIET_MS without a DOM mutation, or after QUIET_MAX_MS. A
 * string, not a function: the TypeScript loader may wrap functions in helpers the page lacks.
 */
const DOM_QUIET = `new Promise((done) => {
  let timer;
  const finish = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); done(); };
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, ${QUIET_MS}); });
  const cap = setTimeout(finish, ${QUIET_MAX_MS});
  timer = setTimeout(finish, ${QUIET_MS});
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

export async function settle(page: Page, options: SettleOptions): Promise<void> {
  await page
    .waitForLoadState('networkidle', { timeout: NETWORK_IDLE_MAX_MS })
    .catch(() => undefined);
  await page.evaluate(DOM_QUIET);
  if (options.waitFor) {
    try {
      await page.waitForSelector(options.waitFor, {
        state: 'attached',
        timeout: WAIT_FOR_TIMEOUT_MS,
      });
    } catch {
      throw new PageLoadError(
        `--wait-for "${options.waitFor}": no such element after ${WAIT_FOR_TIMEOUT_MS / 1000} s`,
      );
    }
  }
  if (options.waitMs) await page.waitForTimeout(options.waitMs);
}
