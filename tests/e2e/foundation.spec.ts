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

  // SPA re-render: changing the business type replaces the form's nodes...
  const amountBefore = terminal.getByLabel(/金额/).first();
  const idBefore = await amountBefore.getAttribute('id');
  await terminal.locator('#biz-type').selectOption('0101');
  const amountAfter = terminal.getByLabel(/金额/).first();
  expect(await amountAfter.getAttribute('id')).not.toBe(idBefore);
  // ...and what the teller types into the new field reaches the background.
  await amountAfter.fill('1800000');
  const topFrame = async () => {
    const tabs = Object.values(await readSessionStorage(serviceWorker)) as TabState[];
    const frames = tabs.flatMap((t) => Object.values(t.frames));
    const form = frames.find((f) => 'businessType' in f.fields)?.fields;
    return { businessType: form?.businessType, amount: form?.amount };
  };
  await expect.poll(topFrame).toEqual({ businessType: '0101', amount: '1800000' });
  // The detection follows: a ¥1.8M cash deposit in its band, no time deposit any more.
  const signals = async () => {
    const tabs = Object.values(await readSessionStorage(serviceWorker)) as TabState[];
    return tabs[0]?.detection?.signals;
  };
  await expect
    .poll(signals)
    .toEqual([{ kind: 'large_cash', band: { min: 200_000, max: 2_000_000 } }]);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('柜面助手');
});
