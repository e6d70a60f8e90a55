import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { tabIdOf } from '../../support/browser/extension';
import { findScenario } from '../../demo/public/scenarios.js';
import { closedShadowContent } from './fixtures/closed-shadow';

const badge = (terminal: Page) => terminal.locator('sidekick-badge');

async function openPanelFor(terminal: Page, extensionId: string, tabId: number): Promise<Page> {
  const panel = await terminal.context().newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

test.describe('the teller prompt', () => {
  test('a ¥600,000 time deposit: discreet badge, tier B with a band, cue pending until 交易成功', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const dialogs: string[] = [];
    const terminal = await context.newPage();
    terminal.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await terminal.goto(`${demoUrl}/?scenario=cash-small`);
    await expect(terminal.frameLocator('#client-frame').getByText('普通')).toBeVisible();
    await expect(badge(terminal)).toHaveCount(0); // ¥2,000 withdrawal by an ordinary client: nothing to flag

    await terminal.locator('#biz-type').selectOption('0102');
    await terminal.getByLabel(/金额/).fill('600000');
    await expect(badge(terminal)).toHaveAttribute('data-state', 'attention');
    // No words on the terminal. The badge is a small disc with nothing in the page's DOM...
    await expect(badge(terminal)).toBeVisible();
    const box = await badge(terminal).boundingBox();
    expect(box && [box.width, box.height]).toEqual([22, 22]);
    expect(await badge(terminal).evaluate((host) => host.childNodes.length)).toBe(0);
    // ...and its closed shadow root (read through DevTools) holds no text and no tier.
    const shadow = await closedShadowContent(terminal, 'sidekick-badge');
    expect(shadow?.modes).toEqual(['closed']);
    expect(shadow?.elements).toEqual(['STYLE', 'BUTTON']);
    expect(shadow?.text).toBe('');
    expect(shadow?.attributeValues.join(' ')).not.toMatch(/VIP|潜质|优质|Tier|[ABCD]类|\d{3,}/);
    // Nor did the extension write anything into the terminal's own DOM.
    const terminalText = await terminal.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelector('#demo-toolbar')?.remove(); // the demo's own scenario picker
      return copy.innerText;
    });
    expect(terminalText).not.toMatch(/VIP|潜质|优质|Tier|[ABCD]类/);

    const panel = await openPanelFor(terminal, extensionId, await tabIdOf(serviceWorker, demoUrl));
    await expect(panel.getByTestId('tier')).toHaveAttribute('data-tier', 'B');
    await expect(panel.getByTestId('signals')).toContainText('定期存款');
    await expect(panel.getByTestId('signals')).toContainText('20万–200万元');
    await expect(panel.getByTestId('reasons')).not.toBeEmpty();
    const panelText = await panel.locator('body').innerText();
    const panelHtml = await panel.content();
    const client = findScenario('cash-small')!.client;
    const secrets = [
      '600,000',
      '600000',
      '60万',
      client.cardFull,
      client.cardFull.slice(0, 8),
      client.name,
      client.idMasked.slice(0, 6),
      client.phoneMasked.slice(0, 3),
    ];
    for (const secret of secrets) {
      expect(panelText, `panel shows ${secret}`).not.toContain(secret);
      expect(panelHtml, `panel DOM holds ${secret}`).not.toContain(secret);
    }
    await expect(panel.getByText(`卡尾号 ${client.cardFull.slice(-4)}`)).toBeVisible();

    // Transaction first: the cue waits for 交易成功.
    await expect(panel.getByTestId('cue')).toHaveAttribute('data-state', 'pending');
    await terminal.getByRole('button', { name: /提交/ }).click();
    await expect(terminal.locator('section.receipt')).toContainText('交易成功');
    await expect(panel.getByTestId('cue')).toHaveAttribute('data-state', 'active');

    // Re-rendering the form (business type change) neither duplicates the badge nor breaks detection.
    await terminal.locator('#biz-type').selectOption('0101');
    await terminal.locator('#biz-type').selectOption('0102');
    await terminal.getByLabel(/金额/).fill('600000');
    await expect(badge(terminal)).toHaveCount(1);
    await expect(panel.getByTestId('tier')).toHaveAttribute('data-tier', 'B');
    expect(dialogs).toEqual([]);
  });

  test('the client level inside the iframe is detected: an existing 钻石 client is tier A', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=diamond-existing`);
    await expect(badge(terminal)).toHaveAttribute('data-state', 'attention');
    const panel = await openPanelFor(terminal, extensionId, await tabIdOf(serviceWorker, demoUrl));
    await expect(panel.getByTestId('tier')).toHaveAttribute('data-tier', 'A');
    await expect(panel.getByTestId('reasons')).toContainText('钻石');

    // Next client: the panel empties.
    await terminal.getByRole('button', { name: /下一位客户/ }).click();
    await expect(panel.getByTestId('empty')).toBeVisible();
    await expect(badge(terminal)).toHaveCount(0);
  });

  test('hostile text from the terminal is shown as text and runs nothing', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const dialogs: string[] = [];
    const terminal = await context.newPage();
    terminal.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await terminal.goto(`${demoUrl}/?scenario=diamond-existing`);
    const hostile = '钻石<img src=x onerror=alert(1)>';
    await terminal
      .frameLocator('#client-frame')
      .getByText('钻石')
      .evaluate((el, h) => (el.textContent = h), hostile);
    const panel = await openPanelFor(terminal, extensionId, await tabIdOf(serviceWorker, demoUrl));
    panel.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await expect(panel.getByTestId('reasons')).toContainText('<img src=x');
    await expect(panel.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('a profile that no longer fits the terminal pauses and names the missing fields', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const profile = {
      schemaVersion: 1,
      id: 'demo-broken',
      name: 'Demo (renamed labels)',
      version: '2.0.0',
      matches: ['http://127.0.0.1/*'],
      fields: {
        businessType: { selector: '#biz-type', read: 'value', required: true },
        amount: { label: '金额', read: 'value' },
        clientName: { label: '客户姓名', frame: '#client-frame', read: 'text', required: true },
        clientLevel: { label: '客户级别', frame: '#client-frame', read: 'text', required: true },
      },
      businessTypes: [{ kind: 'time_deposit', codes: ['0102'] }],
    };
    await options.getByTestId('profile-json').fill(JSON.stringify(profile));
    await options.getByRole('button', { name: '校验并导入', exact: true }).click();
    await expect(options.getByTestId('profile-in-force')).toContainText('Demo (renamed labels)');

    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    await expect(badge(terminal)).toHaveAttribute('data-state', 'paused', { timeout: 15_000 });
    const panel = await openPanelFor(terminal, extensionId, await tabIdOf(serviceWorker, demoUrl));
    await expect(panel.getByTestId('paused')).toContainText('clientLevel');
  });

  test('an invalid profile is rejected with the JSON path named, and the previous one stays', async ({
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('profile-json').fill(
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        name: 'x',
        version: '1',
        matches: ['http://127.0.0.1/*'],
        fields: { pin: { selector: 'input[type=password]' } },
      }),
    );
    await options.getByRole('button', { name: '校验并导入', exact: true }).click();
    await expect(options.getByTestId('profile-errors')).toContainText('fields.pin');
    await expect(options.getByTestId('profile-in-force')).toContainText('内置演示柜面配置');
  });
});
