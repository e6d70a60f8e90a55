import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { launchWithExtension, serviceWorkerOf } from '../../support/browser/extension';
import { connect, openTerminalAndPanel, signIn } from '../../support/browser/panel';
import { serverReferrals, startTestSyncServer } from './fixtures/sync-server';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('a referral reaches the branch server; the client manager marks it won; the teller sees the outcome', async ({
  context,
  serviceWorker,
  extensionId,
  demoUrl,
}) => {
  test.setTimeout(120_000);
  const sync = await startTestSyncServer();
  try {
    const tellerToken = await sync.tokenFor('teller', 'T001');
    const managerToken = await sync.tokenFor('client_manager', 'M001');
    await signIn(context, extensionId, 'cash_teller', 'T001');
    await connect(context, extensionId, sync.server.url, tellerToken);

    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'time-deposit-vip',
    );
    await panel.getByTestId('manager').selectOption('M001');
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await expect(panel.getByTestId('sync-pending')).toContainText('待同步 2'); // referral + its event, held for the undo window

    // After the 10 s undo window the outbox drains by itself.
    await expect
      .poll(() => serverReferrals(sync.server.url, managerToken), { timeout: 30_000 })
      .toHaveLength(1);
    await expect(panel.getByTestId('sync-pending')).toContainText('待同步 0');

    // The client manager works it from their own browser's panel.
    const cmDir = await mkdtemp(path.join(tmpdir(), 'sidekick-cm-'));
    const cm = await launchWithExtension(cmDir);
    try {
      const cmId = new URL((await serviceWorkerOf(cm)).url()).host;
      await signIn(cm, cmId, 'client_manager', 'M001');
      await connect(cm, cmId, sync.server.url, managerToken);
      const cmPanel: Page = await cm.newPage();
      await cmPanel.goto(`chrome-extension://${cmId}/sidepanel.html`);
      await cmPanel.getByRole('tab', { name: '分配给我' }).click();
      const row = cmPanel.getByTestId('assigned-row');
      await expect(row).toHaveCount(1);
      await row.getByRole('button', { name: '已联系' }).click();
      await expect(row).toHaveAttribute('data-status', 'contacted');
      await row.getByRole('button', { name: '已面谈' }).click();
      await expect(row).toHaveAttribute('data-status', 'met');
      await row.getByRole('button', { name: '成功', exact: true }).click();
      await row.getByTestId('outcome-text').fill('大额存单');
      await row.getByRole('button', { name: '提交' }).click();
      // Closed: out of the queue at once, shown below with the product won.
      await expect(row).toHaveCount(0);
      await expect(cmPanel.getByTestId('closed-row')).toHaveAttribute('data-status', 'won');
    } finally {
      await cm.close();
      await rm(cmDir, { recursive: true, force: true });
    }

    // The referring teller hears back.
    await panel.getByTestId('sync-now').click();
    await expect(panel.getByTestId('outcome-notice')).toContainText('成功 · 大额存单');
    await panel.getByRole('tab', { name: '我的推介' }).click();
    await expect(panel.getByTestId('referral-row').first()).toHaveAttribute('data-status', 'won');
  } finally {
    await sync.close();
  }
});

test('offline is normal: referrals made while the server is down reach it after the service worker was killed', async ({
  context,
  serviceWorker,
  extensionId,
  demoUrl,
}) => {
  test.setTimeout(120_000);
  const sync = await startTestSyncServer();
  try {
    const tellerToken = await sync.tokenFor('teller', 'T001');
    const supervisorToken = await sync.tokenFor('supervisor', 'S001');
    await signIn(context, extensionId, 'cash_teller', 'T001');
    await connect(context, extensionId, sync.server.url, tellerToken);
    await sync.stop();

    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'loan-repayment',
    );
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await expect(panel.getByTestId('sync-bar')).toContainText('连不上分行服务器', {
      timeout: 30_000,
    });
    await expect(panel.getByTestId('sync-pending')).toContainText('待同步 2');

    // The browser kills the service worker (as it does when idle); nothing is lost.
    const cdp = await context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sync.restart();
    await panel.getByTestId('sync-now').click(); // wakes a new service worker
    await expect(panel.getByTestId('sync-pending')).toContainText('待同步 0', { timeout: 30_000 });
    const onServer = await serverReferrals(sync.server.url, supervisorToken);
    expect(onServer).toHaveLength(1);
  } finally {
    await sync.close();
  }
});
