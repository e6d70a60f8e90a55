import { test, expect } from './fixtures/extension';
import { readSessionStorage } from '../../support/browser/extension';
import type { TabState } from '../../lib/detect/live-detection';

test('the extension loads, its content script runs in the terminal and its iframe, and the panel opens', async ({
  context,
  serviceWorker,
  extensionId,
  demoUrl,
}) => {
  const terminal = await context.newPage();
  await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
  await expect(terminal.locator('#biz-type')).toBeVisible();
  await expect(
    terminal.frameLocator('#client-frame').getByText('6222 **** **** 1234'),
  ).toBeVisible();

  // Both the top document and the client-panel iframe reported to the background.
  await expect
    .poll(async () => {
      const all = await readSessionStorage(serviceWorker);
      const tabs = Object.values(all) as TabState[];
      return tabs.map((t) => Object.keys(t.frames).length).sort();
    })
    .toEqual([2]);

  // SPA re-render: changing the business type replaces the form's nodes, the terminal stays usable.
  const amountBefore = terminal.getByLabel(/金额/).first();
  const idBefore = await amountBefore.getAttribute('id');
  await terminal.locator('#biz-type').selectOption('0101');
  const idAfter = await terminal.getByLabel(/金额/).first().getAttribute('id');
  expect(idAfter).not.toBe(idBefore);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('柜面助手');
});
