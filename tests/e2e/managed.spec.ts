/**
 * Staff ID and role come from the device's token: a fresh profile connected to the sync server
 * hands off as T001 without anybody typing a staff ID, and the options page shows those settings
 * locked, saying why. axe checks the options page in that state.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/extension';
import { connect, openTerminalAndPanel } from '../../support/browser/panel';
import { startTestSyncServer } from './fixtures/sync-server';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function referrersOnServer(url: string, token: string): Promise<string[]> {
  const res = await fetch(`${url}/v1/referrals`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /v1/referrals: ${res.status}`);
  const body = (await res.json()) as { referrals: { referrerStaffId: string }[] };
  return body.referrals.map((r) => r.referrerStaffId);
}

test('a fresh profile connected with a teller token hands off as T001 without typing a staff ID', async ({
  context,
  serviceWorker,
  extensionId,
  demoUrl,
}) => {
  test.setTimeout(90_000);
  const sync = await startTestSyncServer();
  try {
    const tellerToken = await sync.tokenFor('teller', 'T001');
    const managerToken = await sync.tokenFor('client_manager', 'M001');
    await connect(context, extensionId, sync.server.url, tellerToken);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const staffId = options.getByLabel('员工号');
    await expect(staffId).toHaveValue('T001');
    await expect(staffId).toBeDisabled();
    await expect(options.getByTestId('lock-staffId')).toContainText('来自服务器令牌');
    await expect(staffId).toHaveAccessibleDescription(/来自服务器令牌/);
    // A teller token still lets the person say which teller they are.
    await expect(options.getByLabel(/角色/)).toBeEnabled();
    await expect(options.getByLabel(/角色/).locator('option')).toHaveCount(2);
    const axe = await new AxeBuilder({ page: options }).withTags(WCAG).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await options.close();

    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'time-deposit-vip',
    );
    await expect(panel.getByText('请先在设置中填写员工号')).toHaveCount(0);
    await panel.getByTestId('manager').selectOption('M001');
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await expect
      .poll(() => referrersOnServer(sync.server.url, managerToken), { timeout: 30_000 })
      .toEqual(['T001']);
  } finally {
    await sync.close();
  }
});
