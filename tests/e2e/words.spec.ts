/**
 * No English machine code reaches a zh-CN user: the main pages, in their error states too (wrong
 * token, server down, invalid profile and roster, invalid staff ID), are read as a person sees
 * them and checked with the rule of lib/i18n/machine-words.ts. Codes may appear only in a
 * 详情 line (`[data-details]`). Also: the pages follow the browser's language unless the options
 * page picks one.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { connect, onOptionsPage, openTerminalAndPanel, signIn } from '../../support/browser/panel';
import { machineWordLines } from '../../support/browser/visible-words';
import { startTestSyncServer } from './fixtures/sync-server';
import { launchWithExtension, serviceWorkerOf } from '../../support/browser/extension';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoMachineWords(page: Page, where: string): Promise<void> {
  expect(await machineWordLines(page), `machine words on ${where}`).toEqual([]);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function closeBoth(context: BrowserContext, sync: { close(): Promise<void> }) {
  await context.close();
  await sync.close();
}

test('options page: wrong token, invalid staff ID, profile and roster are answered in Chinese words', async ({
  context,
  extensionId,
}) => {
  const sync = await startTestSyncServer();
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    // A staff ID the schema refuses: our words inline, not the browser's "Please match…".
    await options.getByTestId('staff-id').fill('T 001!');
    await expect(options.getByTestId('staff-id-error')).toContainText('员工号只能包含字母、数字');
    const bubble = await options
      .getByTestId('staff-id')
      .evaluate((el) => (el as HTMLInputElement).validationMessage);
    expect(bubble).toContain('员工号只能包含字母、数字');

    // The wrong token: what happened and what to do, the code in the details line only.
    await options.getByTestId('sync-url').fill(sync.server.url);
    await options.getByTestId('sync-token').fill('not-a-real-token-1234567890');
    await options.getByTestId('sync-save').click();
    const result = options.getByTestId('sync-result');
    await expect(result).toContainText('连接失败');
    await expect(result).toContainText('请在设置页填入');
    await expect(result.locator('[data-details]')).toContainText('invalid_token');

    // A profile with a wrong format version, a missing name, a bad type and an unknown key.
    await options.getByTestId('profile-json').fill(
      JSON.stringify({
        schemaVersion: 2,
        id: 'x',
        version: 1,
        matches: ['http://127.0.0.1/*'],
        fields: { amount: { selector: 3 } },
        colour: 'red',
      }),
    );
    await options.getByRole('button', { name: '校验并导入', exact: true }).click();
    const errors = options.getByTestId('profile-errors');
    await expect(errors).toContainText('格式版本号：只能填 1');
    await expect(errors).toContainText('字段 › 「amount」 › 选择器：这里应填文字');
    await expect(errors).toContainText('配置名称：缺少这一项');
    await expect(errors.locator('[data-details]').first()).toBeAttached();

    // A roster that is not JSON, then one with bad values.
    await options.getByTestId('roster-json').fill('[{');
    await options.getByRole('button', { name: '校验并导入名单', exact: true }).click();
    await expect(options.getByTestId('roster-result')).toContainText('不是有效的 JSON 文本');
    await options.getByTestId('roster-json').fill(
      JSON.stringify([
        {
          staffId: 'M9',
          name: '王经理',
          branchId: '0101',
          specialties: ['wealth'],
          bookSize: -1,
          capacity: 10,
          available: 'yes',
        },
      ]),
    );
    await options.getByRole('button', { name: '校验并导入名单', exact: true }).click();
    await expect(options.getByTestId('roster-result')).toContainText('名下客户数：不能小于 0');

    // Specialties in words, not `wealth`.
    await expect(options.getByTestId('roster')).toContainText('财富管理');
    await expectNoMachineWords(options, 'the options page with every error shown');
    await expectNoAxeViolations(options);

    // The right token: the role in words.
    await options.getByTestId('staff-id').fill('T001');
    await options.getByTestId('sync-token').fill(await sync.tokenFor('teller', 'T001'));
    await options.getByTestId('sync-save').click();
    await expect(result).toContainText('连接成功：T001（柜员，网点 0101）');
    await expectNoMachineWords(options, 'the options page, connected');
  } finally {
    await closeBoth(context, sync);
  }
});

test('side panel: idle, prompted, confirmed and with the server down, in Chinese words', async ({
  context,
  serviceWorker,
  extensionId,
  demoUrl,
}) => {
  test.setTimeout(90_000);
  const sync = await startTestSyncServer();
  try {
    await signIn(context, extensionId, 'cash_teller', 'T001');
    await connect(context, extensionId, sync.server.url, await sync.tokenFor('teller', 'T001'));
    const idle = await context.newPage();
    await idle.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(idle.getByTestId('sync-bar')).toBeVisible();
    await expectNoMachineWords(idle, 'the idle side panel');
    await idle.close();

    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'time-deposit-vip',
    );
    await expectNoMachineWords(panel, 'the prompted side panel');
    await sync.stop();
    await panel.keyboard.press('Alt+R');
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await panel.getByTestId('sync-now').click();
    await expect(panel.getByTestId('sync-bar')).toContainText('连不上分行服务器', {
      timeout: 30_000,
    });
    await expect(panel.getByTestId('sync-bar').locator('[data-details]')).toContainText(
      'unreachable',
    );
    await expectNoMachineWords(panel, 'the side panel after Alt+R with the server down');
  } finally {
    await sync.close();
  }
});

/** A referral for M001, pushed as the teller's device would. */
async function seedReferral(sync: Awaited<ReturnType<typeof startTestSyncServer>>): Promise<void> {
  const teller = await sync.tokenFor('teller', 'T001');
  const at = new Date().toISOString();
  const res = await fetch(`${sync.server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${teller}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      referrals: [
        {
          id: '00000000-0000-4000-8000-000000000777',
          branchId: '0101',
          createdAt: at,
          updatedAt: at,
          referrerStaffId: 'T001',
          referrerRole: 'cash_teller',
          tier: 'A',
          signals: [
            { kind: 'wealth_enquiry' },
            { kind: 'time_deposit', amountBand: { min: 1_000_000, max: 5_000_000 } },
          ],
          summary: '信号：咨询理财',
          managerStaffId: 'M001',
          handoff: 'refer_now',
          consent: false,
          profileVersion: 'e2e@1',
          status: 'new',
        },
      ],
    }),
  });
  expect(res.ok).toBe(true);
}

test('supervisor log and charts, server down, bad token; the client manager queue', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const sync = await startTestSyncServer();
  try {
    await seedReferral(sync);
    await signIn(context, extensionId, 'supervisor', 'S001');
    await connect(context, extensionId, sync.server.url, await sync.tokenFor('supervisor', 'S001'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/supervisor.html`);
    await expect(page.getByTestId('log-row')).toHaveCount(1);
    await expectNoMachineWords(page, 'the supervisor log');
    await page.getByRole('tab', { name: /图表/ }).click();
    await page.locator('canvas').first().waitFor();
    await expectNoMachineWords(page, 'the supervisor charts');
    await sync.stop();
    await page.reload();
    await expect(page.getByTestId('sv-notice')).toHaveAttribute('data-state', 'unreachable');
    await expectNoMachineWords(page, 'the supervisor page, server down');
    await sync.restart();

    await onOptionsPage(context, extensionId, async (options) => {
      await options.getByTestId('sync-token').fill('not-a-real-token-1234567890');
      await options.getByTestId('sync-save').click();
      await expect(options.getByTestId('sync-result')).toContainText('连接失败');
    });
    await page.reload();
    await expect(page.getByTestId('sv-notice')).toHaveAttribute('data-state', 'bad-token');
    await expectNoMachineWords(page, 'the supervisor page, bad token');

    // The client manager's queue, with the referral's preparation card open.
    await signIn(context, extensionId, 'client_manager', 'M001');
    await connect(
      context,
      extensionId,
      sync.server.url,
      await sync.tokenFor('client_manager', 'M001'),
    );
    const queue = await context.newPage();
    await queue.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await queue.getByRole('tab', { name: '分配给我' }).click();
    const card = queue.getByTestId('assigned-row').first();
    await card.locator('.queue-head').click();
    await expect(card.getByTestId('prep-card')).toBeVisible();
    await expectNoMachineWords(queue, 'the client manager queue with a preparation card');
  } finally {
    await closeBoth(context, sync);
  }
});

test('supervisor audit tab: who and what in words', async ({ context, extensionId }) => {
  const sync = await startTestSyncServer();
  try {
    await signIn(context, extensionId, 'supervisor', 'S001');
    await connect(context, extensionId, sync.server.url, await sync.tokenFor('supervisor', 'S001'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/supervisor.html`);
    await page.getByRole('tab', { name: /审计/ }).click();
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await expectNoMachineWords(page, 'the supervisor audit tab');
  } finally {
    await closeBoth(context, sync);
  }
});

test('the pages follow the browser language unless the options page picks one', async ({
  userDataDir,
}) => {
  const context = await launchWithExtension(userDataDir, { locale: 'en-US' });
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).not.toContainText('设置');
    await expect(options.locator('main')).toHaveAttribute('lang', 'en');
    await options.getByLabel(/Language/).selectOption('zh_CN');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(options.locator('main')).toHaveAttribute('lang', 'zh-CN');
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await expect(panel.locator('main')).toHaveAttribute('lang', 'zh-CN');
    await options.getByLabel(/语言/).selectOption('auto');
    await options.getByRole('button', { name: '保存', exact: true }).click();
    await expect(options.locator('main')).toHaveAttribute('lang', 'en');
    await expect(panel.locator('main')).toHaveAttribute('lang', 'en');
  } finally {
    await context.close();
  }
});
