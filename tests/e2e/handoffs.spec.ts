import { test, expect } from './fixtures/extension';
import { launchWithExtension, serviceWorkerOf } from '../../support/browser/extension';
import { openTerminalAndPanel, signIn } from '../../support/browser/panel';
import { findScenario } from '../../demo/public/scenarios.js';
import { dumpIndexedDb, parseDump } from './fixtures/indexed-db';

const vip = findScenario('time-deposit-vip')!;
const FORBIDDEN = [vip.client.cardFull, vip.client.name, '600,000', '600000', '13812345678'];

test.describe('handoffs', () => {
  test('refer now with consent: the referral lists the right manager, signals and a number-free summary', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    await signIn(context, extensionId, 'cash_teller', 'T001');
    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'time-deposit-vip',
    );
    await expect(panel.getByTestId('manager-why')).toContainText('现在有空');
    const manager =
      (await panel.getByTestId('manager').locator('option:checked').innerText()).split(' · ')[0] ??
      '';
    await panel.getByTestId('consent').check();
    await panel.getByTestId('contact-name').fill('张先生');
    await panel.getByTestId('contact-phone').fill('13812345678');
    await panel.getByTestId('teller-line').fill('客户卡号 6222021234567891234 想了解理财');
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toContainText(`已推介给 ${manager}`);

    await panel.getByRole('tab', { name: '我的推介' }).click();
    const row = panel.getByTestId('referral-row').first();
    await expect(row).toContainText(manager);
    await expect(row).toContainText('定期存款');
    await expect(row).toContainText('已推介');
    const stored = await dumpIndexedDb(panel);
    const referral = parseDump(stored).referrals[0]!;
    expect(referral).toMatchObject({
      handoff: 'refer_now',
      consent: true,
      referrerStaffId: 'T001',
      status: 'new',
      contact: { name: '张先生', phone: '13812345678' },
    });
    expect(referral.summary).not.toMatch(/\d{5,}/);
    expect(referral.tellerNote).not.toContain('6222021234567891234');
    expect(referral.clientRef).toMatch(/^[0-9a-f]{64}$/);
    // Outside the consented contact field, no number leaves the counter.
    const withoutContact = stored.replace(/"contact":\{[^}]*\}/g, '');
    for (const secret of FORBIDDEN) expect(withoutContact).not.toContain(secret);
  });

  test('refer now without consent carries no contact data', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    await signIn(context, extensionId, 'cash_teller', 'T001');
    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'fund-purchase',
    );
    await panel.getByTestId('consent').check();
    await panel.getByTestId('contact-phone').fill('13812345678');
    await panel.getByTestId('consent').uncheck();
    await panel.keyboard.press('Alt+R');
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    const referral = parseDump(await dumpIndexedDb(panel)).referrals[0]!;
    expect(referral.consent).toBe(false);
    expect(referral.contact).toBeUndefined();
  });

  test('hand the card and not now are recorded; undo removes a handoff within 10 s', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    await signIn(context, extensionId, 'non_cash_teller', 'T002');
    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'deposit-cert-study',
    );
    await panel.getByTestId('channel').selectOption('wechat');
    await panel.getByTestId('window').selectOption('today');
    await panel.getByRole('button', { name: /递送名片/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toContainText('名片');

    await panel.getByTestId('decline-reason').selectOption('no_time');
    await panel.getByRole('button', { name: /暂不需要/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toContainText('暂不需要');
    await panel.getByTestId('undo').click();
    await expect(panel.getByText('已撤销')).toBeVisible();

    const db = parseDump(await dumpIndexedDb(panel));
    expect(db.referrals).toHaveLength(1);
    expect(db.referrals[0]).toMatchObject({
      handoff: 'card_handed',
      followUp: { channel: 'wechat' },
    });
    expect(db.events.map((e) => e.type).sort()).toEqual(['card_handed', 'created']);
    expect(db.outbox.length).toBe(db.events.length + 1);
  });

  test('referrals survive closing and reopening the browser', async ({ userDataDir, demoUrl }) => {
    let context = await launchWithExtension(userDataDir);
    let sw = await serviceWorkerOf(context);
    const extensionId = new URL(sw.url()).host;
    await signIn(context, extensionId, 'cash_teller', 'T001');
    const { panel } = await openTerminalAndPanel(
      context,
      sw,
      extensionId,
      demoUrl,
      'remittance-large',
    );
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await context.close();

    context = await launchWithExtension(userDataDir);
    sw = await serviceWorkerOf(context);
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await again.getByRole('tab', { name: '我的推介' }).click();
    await expect(again.getByTestId('referral-row')).toHaveCount(1);
    await expect(again.getByTestId('referral-row')).toContainText('大额汇划');
    await context.close();
  });

  test('discreet notes are scrubbed before storage and the panel hides with one key', async ({
    context,
    serviceWorker,
    extensionId,
    demoUrl,
  }) => {
    await signIn(context, extensionId, 'non_cash_teller', 'T002');
    const { panel } = await openTerminalAndPanel(
      context,
      serviceWorker,
      extensionId,
      demoUrl,
      'time-deposit-vip',
    );
    await panel.getByRole('tab', { name: '客户信息' }).click();
    await panel.getByLabel('有子女').check();
    await panel.getByLabel('留学').check();
    await panel
      .getByTestId('note-remark')
      .fill('身份证110101199003077777 手机13912345678 卡6222021234567891234');
    await panel.getByRole('button', { name: /保存客户信息/ }).click();
    await expect(panel.getByTestId('note-status')).toHaveText(/✓/);
    const notes = parseDump(await dumpIndexedDb(panel)).notes;
    expect(notes).toHaveLength(1);
    const text = JSON.stringify(notes);
    for (const secret of [
      '110101199003077777',
      '13912345678',
      '6222021234567891234',
      vip.client.name,
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('with_children');

    await panel.keyboard.press('Escape');
    await expect(panel.getByTestId('hidden')).toBeVisible();
    await expect(panel.getByTestId('notes')).toHaveCount(0);
  });
});
