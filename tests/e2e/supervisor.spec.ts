import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { connect, signIn } from '../../support/browser/panel';
import { startTestSyncServer } from './fixtures/sync-server';
import type { Referral } from '../../lib/contracts/referral';

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

    // The export is in the server's audit log, which the page shows read-only.
    await page.getByRole('tab', { name: /审计/ }).click();
    await expect(
      page.getByTestId('audit-row').filter({ hasText: '导出推介跟踪表' }).first(),
    ).toContainText('rowCount=2');
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
