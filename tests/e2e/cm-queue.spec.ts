/**
 * The client manager's queue, open on their PC, as a teller's device pushes a meet-now referral:
 * the card appears within 5 s saying whom to meet and where (masked client, counter, waiting
 * time, the teller's note); an outcome takes it out of 优先跟进 and the count without a reload;
 * axe finds nothing with the preparation card open and the arrival notice showing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { connect, signIn } from '../../support/browser/panel';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { startTestSyncServer } from './fixtures/sync-server';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('a meet-now referral reaches the open queue within 5 s with whom and where; an outcome updates it at once', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const sync = await startTestSyncServer();
  try {
    const managerToken = await sync.tokenFor('client_manager', 'M001');
    const tellerToken = await sync.tokenFor('teller', 'T001');
    await signIn(context, extensionId, 'client_manager', 'M001');
    await connect(context, extensionId, sync.server.url, managerToken);

    const queue = await context.newPage();
    await queue.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await queue.getByRole('tab', { name: '分配给我' }).click();
    await expect(queue.getByTestId('queue-stream')).toHaveAttribute('data-state', 'live');
    await expect(queue.getByTestId('assigned')).toContainText('待跟进 0 条');

    // As the teller's device sends it (its outbox, after the undo window): six minutes ago.
    const made = new Date(Date.now() - 6 * 60_000 - 5_000).toISOString();
    const referral = makeReferral({
      managerStaffId: 'M001',
      createdAt: made,
      updatedAt: made,
      clientInitial: '王*',
      counterLabel: '3号窗口',
      tellerNote: '客户赶时间，十点前要走',
    });
    const pushedAt = Date.now();
    const res = await fetch(`${sync.server.url}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tellerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ referrals: [referral], events: [makeEvent(referral, 1)] }),
    });
    expect(res.status).toBe(200);

    const card = queue.locator(
      `[data-testid="assigned-row"]:has([data-queue-id="${referral.id}"])`,
    );
    await expect(card).toBeVisible({ timeout: 5_000 });
    const onScreenMs = Date.now() - pushedAt;
    test.info().annotations.push({ type: 'push to card', description: `${onScreenMs} ms` });
    console.log(`push to card on screen: ${onScreenMs} ms`);
    expect(onScreenMs).toBeLessThan(5_000);

    await expect(card.getByTestId('queue-client')).toHaveText('王* · 卡尾 3445');
    await expect(card.getByTestId('queue-counter')).toContainText('3号窗口');
    await expect(card.getByTestId('queue-waited')).toHaveText('已等 6 分钟');
    await expect(card.getByTestId('queue-note')).toHaveText('柜员补充：客户赶时间，十点前要走');
    await expect(card.getByTestId('queue-contact')).toContainText('王女士 · 138 0013 8000');
    await expect(queue.getByTestId('queue-arrival')).toHaveText(
      /新的当场面谈：王\* · 卡尾 3445，在 3号窗口 等候/,
    );
    await expect(queue.getByTestId('assigned')).toContainText('待跟进 1 条');
    // Only masked data on screen: never the whole card number the fixture's client has.
    expect(await queue.locator('body').innerText()).not.toContain('6222020200112233445');

    await card.locator(`[data-queue-id="${referral.id}"]`).click();
    await expect(card.getByTestId('prep-card')).toBeVisible();
    await expect(card.getByTestId('prep-card').getByTestId('queue-note')).toBeVisible();
    expect(await axeViolations(queue)).toEqual([]);

    await card.getByRole('button', { name: '已联系' }).click();
    await expect(card).toHaveAttribute('data-status', 'contacted');
    await card.getByRole('button', { name: '已面谈' }).click();
    await expect(card).toHaveAttribute('data-status', 'met');
    await card.getByRole('button', { name: '成功', exact: true }).click();
    await card.getByTestId('outcome-text').fill('大额存单');
    await card.getByRole('button', { name: '提交' }).click();

    await expect(card).toHaveCount(0);
    await expect(queue.getByTestId('assigned')).toContainText('待跟进 0 条');
    const closed = queue.getByTestId('closed-row');
    await expect(closed).toHaveAttribute('data-status', 'won');
    await expect(closed.getByTestId('queue-outcome')).toHaveText('成功 · 产品：大额存单');
    expect(await axeViolations(queue)).toEqual([]);
  } finally {
    await sync.close();
  }
});
