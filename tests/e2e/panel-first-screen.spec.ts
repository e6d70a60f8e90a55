/**
 * The side panel at its real size (360×650): the tier, the words to say and the three handoff
 * actions are on the first screen; each handoff's confirmation (with its undo) shows up there
 * too and is announced; axe finds nothing in any state a teller meets.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { expectNoAxeViolations } from './fixtures/axe';
import { openPanelFor, openTerminalAndPanel, signIn } from '../../support/browser/panel';

const VIEW = { width: 360, height: 650 };

/** The element's box lies inside the panel's first screen, and the panel is not scrolled. */
async function expectOnFirstScreen(page: Page, target: Locator, what: string): Promise<number> {
  await expect(target, what).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), `${what}: panel scrolled`).toBe(0);
  const box = await target.boundingBox();
  expect(box, what).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(y + height, `${what} bottom (y=${y})`).toBeLessThanOrEqual(VIEW.height);
  expect(x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${what} right`).toBeLessThanOrEqual(VIEW.width);
  return Math.round(y);
}

const actionButtons = (panel: Page) => ({
  refer: panel.getByRole('button', { name: /推介给客户经理/ }),
  card: panel.getByRole('button', { name: /递送名片/ }),
  notNow: panel.getByRole('button', { name: /暂不需要/ }),
});

async function promptedPanel(
  context: Parameters<typeof signIn>[0],
  serviceWorker: Parameters<typeof openTerminalAndPanel>[1],
  extensionId: string,
  demoUrl: string,
) {
  await signIn(context, extensionId, 'cash_teller', 'T001');
  const { terminal, panel } = await openTerminalAndPanel(
    context,
    serviceWorker,
    extensionId,
    demoUrl,
    'time-deposit-vip',
  );
  await panel.setViewportSize(VIEW);
  // Transaction first: the line to say becomes current when the terminal shows 交易成功.
  await terminal.getByRole('button', { name: /提交/ }).click();
  await expect(panel.getByTestId('cue')).toHaveAttribute('data-state', 'active');
  return { terminal, panel };
}

test.describe('the side panel at 360×650', () => {
  test('tier, say-line and the three actions are on the first screen; each confirmation too, announced, undone by keyboard', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const { panel } = await promptedPanel(context, serviceWorker, extensionId, demoUrl);
    const buttons = actionButtons(panel);
    const y = {
      tier: await expectOnFirstScreen(panel, panel.getByTestId('tier'), 'tier'),
      say: await expectOnFirstScreen(panel, panel.getByTestId('cue-say'), 'say-line'),
      refer: await expectOnFirstScreen(panel, buttons.refer, 'refer now'),
      card: await expectOnFirstScreen(panel, buttons.card, 'hand the card'),
      notNow: await expectOnFirstScreen(panel, buttons.notNow, 'not now'),
    };
    await expect(panel.getByTestId('handoff')).toHaveAttribute('aria-labelledby', 'handoff-title');
    await expect(panel.locator('#handoff-title')).toHaveText('推介');
    await expectNoAxeViolations(panel, 'prompted (tier shown)');

    const status = panel.getByTestId('handoff-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const confirmations: Record<string, number> = {};
    for (const [key, text] of [
      ['Alt+R', '已推介给'],
      ['Alt+C', '名片'],
      ['Alt+N', '暂不需要'],
    ] as const) {
      await panel.keyboard.press(key);
      await expect(status, `${key} announced`).toContainText(text);
      confirmations[key] = await expectOnFirstScreen(
        panel,
        panel.getByTestId('handoff-confirmation'),
        `${key} confirmation`,
      );
      await expectOnFirstScreen(panel, panel.getByTestId('undo'), `${key} undo`);
      if (key === 'Alt+R') await expectNoAxeViolations(panel, 'confirmation with undo');
      // Focus stays where the teller left it (the page), and undo is one key away.
      expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
      await panel.keyboard.press('Alt+U');
      await expect(status, `${key} undone`).toContainText('已撤销');
    }
    // The undo button is also reachable with Tab, like any other control.
    await panel.keyboard.press('Alt+R');
    await expect(panel.getByTestId('undo')).toBeVisible();
    await panel.getByTestId('undo').focus();
    await expect(panel.getByTestId('undo')).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect(status).toContainText('已撤销');
    console.log(`first screen y at 360×650: ${JSON.stringify({ ...y, confirmations })}`);
  });

  test('a second referral in the same visit is refused on the first screen, with the choice to replace', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const { panel } = await promptedPanel(context, serviceWorker, extensionId, demoUrl);
    await panel.keyboard.press('Alt+R');
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await panel.keyboard.press('Alt+R');
    await expectOnFirstScreen(panel, panel.getByTestId('visit-duplicate'), 'duplicate notice');
    await expect(panel.getByTestId('handoff-status')).toContainText('本次来访已推介给');
    await expectOnFirstScreen(panel, panel.getByTestId('visit-replace'), 'replace');
    await expectNoAxeViolations(panel, 'duplicate refused');
  });

  test('the manager picker says in words when a book is full', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const { panel } = await promptedPanel(context, serviceWorker, extensionId, demoUrl);
    const options = await panel.getByTestId('manager').locator('option').allInnerTexts();
    for (const option of options) expect(option).not.toContain('✕');
    // The demo roster's 吴敏 has a full book: the option says so.
    expect(options.filter((o) => o.includes('客户已满'))).toEqual(['吴敏 · 客户已满']);
  });

  test('axe finds nothing with no terminal tab, with no client, and when paused', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    const lonely = await context.newPage();
    await lonely.setViewportSize(VIEW);
    await lonely.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(lonely.getByTestId('empty')).toBeVisible();
    await expectNoAxeViolations(lonely, 'no terminal tab');

    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=cash-small`);
    await expect(terminal.frameLocator('#client-frame').getByText('普通')).toBeVisible();
    await terminal.getByRole('button', { name: /下一位客户/ }).click();
    const idle = await openPanelFor(context, serviceWorker, extensionId, demoUrl);
    await idle.setViewportSize(VIEW);
    await expect(idle.getByTestId('empty')).toBeVisible();
    await expectNoAxeViolations(idle, 'idle (no client)');
    await idle.close();
    await terminal.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const broken = {
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
    await options.getByTestId('profile-json').fill(JSON.stringify(broken));
    await options.getByRole('button', { name: '校验并导入', exact: true }).click();
    await expect(options.getByTestId('profile-in-force')).toContainText('Demo (renamed labels)');
    const paused = await context.newPage();
    await paused.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    await expect(paused.locator('sidekick-badge')).toHaveAttribute('data-state', 'paused', {
      timeout: 15_000,
    });
    const panel = await openPanelFor(context, serviceWorker, extensionId, demoUrl);
    await panel.setViewportSize(VIEW);
    await expect(panel.getByTestId('paused')).toBeVisible();
    await expectNoAxeViolations(panel, 'paused notice');
  });
});
