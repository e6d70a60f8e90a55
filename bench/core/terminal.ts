/** Drives the demo terminal's transaction form the way a script (or a fast teller) would. */
import type { Page } from 'playwright-core';

/** Picks the business type (re-renders the form) and waits until the new form is in place. */
export async function chooseBusinessType(page: Page, code: string): Promise<void> {
  await page.locator('#biz-type').selectOption(code);
  await page.waitForFunction(
    (c) => document.querySelector<HTMLSelectElement>('#biz-type')?.value === c,
    code,
  );
}

/**
 * Sets the amount field and dispatches `input`, in the page, and returns performance.now()
 * taken just before the change (the start of any latency measured from it).
 */
export function setAmount(page: Page, amount: string): Promise<number> {
  return page.evaluate(setAmountInPage, amount);
}

/** Serialisable: runs in the page's main world. */
export function setAmountInPage(amount: string): number {
  const label = [...document.querySelectorAll('label')].find((l) =>
    (l.textContent ?? '').trim().startsWith('金额'),
  );
  const input = label?.control;
  if (!(input instanceof HTMLInputElement)) throw new Error('amount field not found');
  const t0 = performance.now();
  input.value = amount;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return t0;
}
