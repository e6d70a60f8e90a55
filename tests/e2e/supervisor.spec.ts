import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { expectNoAxeViolations } from './fixtures/axe';
import { connect, signIn } from '../../support/browser/panel';
import { launchWithExtension } from '../../support/browser/extension';
import { startTestSyncServer } from './fixtures/sync-server';
import type { Referral } from '../../lib/contracts/referral';
import { zoneClock } from '../../lib/time/zone-clock';

/**
 * Browser first, then the server: Chrome may hold a pre-opened socket on which no request ever
 * comes, and the server's close would wait for it (up to Node's 60 s header timeout).
 */
async function closeBoth(context: BrowserContext, sync: { close(): Promise<void> }) {
  await context.close();
  await sync.close();
}

let seq = 0;
function seedReferral(over: Partial<Referral>): Referral {
  seq += 1;
  const at = new Date(Date.UTC(2026, 2, 1 + seq, 2)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    branchId: '0101',
    createdAt: at,
    updatedAt: at,
    referrerStaffId: 'T001',
    referrerRole: 'cash_teller',
    clientRef: String(seq % 10).repeat(64),
    tier: 'B',
    signals: [{ kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } }],
    summary: '定期存款到期',
    managerStaffId: 'M001',
    handoff: 'refer_now',
    consent: false,
    profileVersion: 'e2e@1',
    status: 'new',
    ...over,
  };
}

const SEEDED = [
  seedReferral({ tier: 'A', summary: '客户说："下周再来"，\n带上护照, 换汇' }),
  seedReferral({ tier: 'A', summary: '=HYPERLINK("http://evil.example","点我")' }),
  seedReferral({ tier: 'C', summary: '咨询基金' }),
];

async function push(url: string, token: string, referrals: Referral[]): Promise<void> {
  const res = await fetch(`${url}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ referrals }),
  });
  if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
}

test('a supervisor filters the branch log and exports it for Excel in one click', async ({
  context,
  extensionId,
}) => {
  const sync = await startTestSyncServer();
  try {
    await push(sync.server.url, await sync.tokenFor('teller', 'T001'), SEEDED);
    await signIn(context, extensionId, 'supervisor', 'S001');
    await connect(context, extensionId, sync.server.url, await sync.tokenFor('supervisor', 'S001'));

    // The side panel links a supervisor to the page.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.getByTestId('open-supervisor')).toHaveAttribute(
      'href',
      /\/supervisor\.html$/,
    );
    await panel.close();

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/supervisor.html`);
    await expect(page.getByTestId('log-count')).toContainText('共 3 条推介');
    await expect(page.getByTestId('log-row')).toHaveCount(3);

    await page.getByTestId('filter-tier').getByRole('button', { name: 'A', exact: true }).click();
    await expect(page.getByTestId('log-count')).toContainText('共 2 条推介');
    await expect(page.getByTestId('log-row')).toHaveCount(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^推介跟踪表_0101_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes.toString('utf8'), {
      bom: true,
      columns: true,
    });
    expect(rows.map((r) => r['推介编号']).sort()).toEqual([SEEDED[0]?.id, SEEDED[1]?.id].sort());
    expect(rows.map((r) => r['情况摘要']).sort()).toEqual(
      [`'=HYPERLINK("http://evil.example","点我")`, '客户说："下周再来"，\n带上护照, 换汇'].sort(),
    );
    expect(rows.every((r) => r['客户分层']?.startsWith('A'))).toBe(true);
    await expect(page.getByTestId('export-status')).toContainText('已下载');

    // The export is in the server's audit log, which the page shows read-only, in words.
    await page.getByRole('tab', { name: /审计/ }).click();
    await expect(
      page.getByTestId('audit-row').filter({ hasText: '导出推介跟踪表' }).first(),
    ).toContainText('导出了 2 条推介');
  } finally {
    await closeBoth(context, sync);
  }
});

test('a teller token gets a clear refusal instead of the log', async ({ context, extensionId }) => {
  const sync = await startTestSyncServer();
  try {
    await signIn(context, extensionId, 'cash_teller', 'T001');
    await connect(context, extensionId, sync.server.url, await sync.tokenFor('teller', 'T001'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/supervisor.html`);
    const notice = page.getByTestId('sv-notice');
    await expect(notice).toHaveAttribute('data-state', 'not-supervisor');
    await expect(notice).toContainText('推介跟踪表仅供主管查看');
    await expect(notice).toContainText('柜员');
    await expect(page.getByTestId('log-table')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导出 Excel (CSV)' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'supervisor page, not-a-supervisor notice');
  } finally {
    await closeBoth(context, sync);
  }
});

test('a client manager sees quick wins first, why, what is due today, and a preparation card', async ({
  context,
  extensionId,
}) => {
  const sync = await startTestSyncServer();
  try {
    const now = new Date().toISOString();
    const letGo = seedReferral({
      tier: 'D',
      signals: [],
      summary: '普通客户，需上门',
      handoff: 'card_handed',
      followUp: { channel: 'visit' },
    });
    const quickWin = seedReferral({
      tier: 'A',
      createdAt: now,
      updatedAt: now,
      summary: '大额定期到期，想了解理财',
      signals: [
        { kind: 'wealth_enquiry' },
        { kind: 'time_deposit', amountBand: { min: 1_000_000, max: 5_000_000 } },
      ],
    });
    await push(sync.server.url, await sync.tokenFor('teller', 'T001'), [letGo, quickWin]);
    await signIn(context, extensionId, 'client_manager', 'M001');
    await connect(
      context,
      extensionId,
      sync.server.url,
      await sync.tokenFor('client_manager', 'M001'),
    );

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: '分配给我' }).click();
    const cards = panel.getByTestId('assigned-row');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAttribute('data-quadrant', 'quick_win');
    await expect(cards.nth(1)).toHaveAttribute('data-quadrant', 'let_go');
    await expect(cards.nth(0).getByTestId('due-flag')).toHaveText('今日跟进');
    await expect(cards.nth(0)).toContainText('A 现有优质客户');

    await cards
      .nth(0)
      .getByRole('button', { name: /大额定期到期/ })
      .click();
    const prep = cards.nth(0).getByTestId('prep-card');
    await expect(prep).toContainText('七分听，三分说');
    await expect(prep).toContainText('咨询理财或高端服务');
    // ↓ moves to the next referral in the queue.
    await panel.keyboard.press('ArrowDown');
    await expect(cards.nth(1).getByTestId('prep-card')).toBeVisible();
  } finally {
    await closeBoth(context, sync);
  }
});

/** A PC whose own clock is in New York: the page and the file must still say Beijing time. */
const onNewYorkPc = test.extend({
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir, { timeZone: 'America/New_York' });
    await use(context);
    await context.close();
  },
});

onNewYorkPc(
  "one time zone, the branch's: page, CSV and file name agree on a PC in another zone; the audit names people; every column fits 1366 px; axe finds nothing",
  async ({ context, extensionId }) => {
    onNewYorkPc.setTimeout(150_000);
    const sync = await startTestSyncServer();
    try {
      // 17:30Z is 01:30 the next day in Beijing and 12:30 the same day in New York.
      const lateNight = seedReferral({
        createdAt: '2026-03-02T17:30:00.000Z',
        updatedAt: '2026-03-02T17:30:00.000Z',
        summary: '深夜到账，咨询理财',
      });
      await push(sync.server.url, await sync.tokenFor('teller', 'T001'), [lateNight, ...SEEDED]);
      await signIn(context, extensionId, 'supervisor', 'S001');
      await connect(
        context,
        extensionId,
        sync.server.url,
        await sync.tokenFor('supervisor', 'S001'),
      );

      const page = await context.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`chrome-extension://${extensionId}/supervisor.html`);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        'America/New_York',
      );
      await expect(page.getByTestId('sv-zone')).toHaveText('时间均为北京时间 UTC+8');
      const row = page.locator(`[data-testid="log-row"][data-id="${lateNight.id}"]`);
      const shown = row.locator('[data-col="createdAt"]');
      await expect(shown).toHaveText('2026-03-03 01:30');

      // 1366 × 768: every column heading is on screen without scrolling sideways.
      const table = page.getByTestId('log-table');
      const box = await table.boundingBox();
      const headers = table.getByRole('columnheader');
      await expect(headers).toHaveCount(12);
      for (const header of await headers.all()) {
        const h = await header.boundingBox();
        expect(h, await header.innerText()).not.toBeNull();
        expect(h!.x).toBeGreaterThanOrEqual(box!.x);
        expect(h!.x + h!.width, await header.innerText()).toBeLessThanOrEqual(box!.x + box!.width);
      }
      expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, 'supervisor log tab');

      // The file: the same time as the row, the zone in the header, the branch's date in its name.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 Excel (CSV)' }).click(),
      ]);
      const today = zoneClock('Asia/Shanghai').localDate(Date.now());
      expect(download.suggestedFilename()).toBe(`推介跟踪表_0101_${today}.csv`);
      const rows = parse<Record<string, string>>(
        (await readFile(await download.path())).toString('utf8'),
        { bom: true, columns: true },
      );
      const inFile = rows.find((r) => r['推介编号'] === lateNight.id);
      expect(inFile?.['推介时间（北京时间 UTC+8）']).toBe(await shown.innerText());
      await expect(page.getByTestId('export-status')).toContainText('已下载');
      await expectNoAxeViolations(page, 'supervisor export bar after a download');

      // Charts: weeks in words, in the chart's data table too.
      await page.getByRole('tab', { name: /图表/ }).click();
      const weekly = page.getByTestId('chart-weekly');
      await weekly.getByText('数据表').click();
      const weeks = weekly.getByTestId('weekly-table').locator('tbody th');
      await expect(weeks.first()).toHaveText(/^\d{1,2}月第\d周$/);
      // 3 March (Beijing) is in the ISO week of Monday 2 March: March's first week.
      await expect(weekly.locator('tr[data-week="2026-W10"] th')).toHaveText('3月第1周');
      await expect(weekly).not.toContainText('W10');
      await expectNoAxeViolations(page, 'supervisor charts tab');

      // Audit: a person and a sentence; the raw entry only behind 详情.
      await page.getByRole('tab', { name: /审计/ }).click();
      const exportRow = page
        .locator('[data-testid="audit-row"][data-action="referral_log.export"]')
        .first();
      await expect(exportRow.getByTestId('audit-actor')).toHaveText('S001（主管）');
      await expect(exportRow.getByTestId('audit-sentence')).toContainText(
        '导出了 4 条推介：Excel (CSV)，中文表头，不含联系方式，全部推介',
      );
      const raw = exportRow.locator('details.sv-raw');
      await expect(raw.locator('code')).toBeHidden();
      expect(await exportRow.innerText()).not.toMatch(/token:|rowCount|=/);
      await raw.locator('summary').click();
      await expect(raw.locator('code')).toContainText('action=referral_log.export');
      await expectNoAxeViolations(page, 'supervisor audit tab');

      // The options page, every section of it.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByTestId('sync-url')).toBeVisible();
      await expectNoAxeViolations(options, 'options page');

      // The server goes away: the notice and the offline export.
      await sync.stop();
      await page.reload();
      await expect(page.getByTestId('sv-notice')).toHaveAttribute('data-state', 'unreachable');
      await expectNoAxeViolations(page, 'supervisor page, server unreachable');
    } finally {
      await closeBoth(context, sync);
    }
  },
);
