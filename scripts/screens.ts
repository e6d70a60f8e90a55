/**
 * `npm run screens`: regenerates docs/screens/*.png, each screen in zh-CN and English, from the
 * built extension (run `npx wxt build` first) in Debian's Chromium against the demo terminal and a
 * throwaway sync server. The browser's UI language picks the page language (settings say `auto`).
 * Side panel screens are 360×650, the size of a real side panel; the rest 1366 wide.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/serve.ts';
import { startTestSyncServer, type TestSyncServer } from '../tests/e2e/fixtures/sync-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXTENSION_PATH } from '../support/browser/extension.ts';
import { STORAGE_KEYS } from '../lib/settings/storage-keys.ts';
import { referralSummary } from '../lib/handoffs/summary.ts';
import type { SignalKind } from '../lib/signals/kinds.ts';

const OUT = path.resolve('docs/screens');
const PANEL = { width: 360, height: 650 };
const WIDE = { width: 1366, height: 768 };
const LANGS = [
  { tag: 'zh-CN', locale: 'zh-CN' },
  { tag: 'en', locale: 'en-US' },
] as const;

interface ChromeApi {
  chrome: {
    storage: { local: { set(values: object): Promise<void> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
}

type Role = 'cash_teller' | 'supervisor' | 'client_manager';
const TOKEN_ROLE = {
  cash_teller: 'teller',
  supervisor: 'supervisor',
  client_manager: 'client_manager',
} as const;
const STAFF = { cash_teller: 'T001', supervisor: 'S001', client_manager: 'M001' } as const;

/** Signs the device in as `role`, connected to the sync server, through extension storage. */
async function signInAs(sw: Worker, sync: TestSyncServer, role: Role): Promise<void> {
  const token = await sync.tokenFor(TOKEN_ROLE[role], STAFF[role]);
  const values = {
    [STORAGE_KEYS.settings]: { role, staffId: STAFF[role], branchId: '0101', lang: 'auto' },
    [STORAGE_KEYS.syncConfig]: { url: sync.server.url, token },
  };
  await sw.evaluate(
    (v) => (globalThis as unknown as ChromeApi).chrome.storage.local.set(v),
    values,
  );
  // The staff ID in force comes from the token (/v1/me): wait until the device has asked.
  for (let i = 0; i < 100; i += 1) {
    const got = await sw.evaluate(
      "chrome.storage.local.get('serverIdentity').then((g) => g.serverIdentity?.identity?.staffId ?? '')",
    );
    if (got === STAFF[role]) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the device never learnt it is ${STAFF[role]} (GET /v1/me)`);
}

async function shot(page: Page, name: string, tag: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(400); // fonts and charts settle
  const file = path.join(OUT, `${name}.${tag}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`✔ ${path.relative(process.cwd(), file)}`);
}

async function panelFor(
  context: BrowserContext,
  sw: Worker,
  id: string,
  url: string,
): Promise<Page> {
  const tabId = await sw.evaluate(
    (u) =>
      (globalThis as unknown as ChromeApi).chrome.tabs
        .query({})
        .then((tabs) => tabs.find((t) => t.url?.startsWith(u))?.id),
    url,
  );
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

async function tellerScreens(
  context: BrowserContext,
  sw: Worker,
  id: string,
  demo: string,
  tag: string,
) {
  const idle = await context.newPage();
  await idle.goto(`${demo}/`);
  const idlePanel = await panelFor(context, sw, id, `${demo}/`);
  await shot(idlePanel, 'panel-idle', tag);
  await Promise.all([idlePanel.close(), idle.close()]);

  const terminal = await context.newPage();
  await terminal.goto(`${demo}/?scenario=time-deposit-vip`);
  await terminal.locator('sidekick-badge[data-state="attention"]').waitFor({ state: 'attached' });
  const panel = await panelFor(context, sw, id, demo);
  await panel.getByTestId('handoff').waitFor();
  await shot(panel, 'panel-prompted', tag);
  await panel.keyboard.press('Alt+R');
  await panel.getByTestId('handoff-confirmation').waitFor();
  await shot(panel, 'panel-confirmation', tag);
  // The referral reaches the server before the device signs in as someone else below.
  await panel.getByTestId('sync-now').click();
  await panel
    .getByTestId('sync-pending')
    .filter({ hasText: /(^|\D)0(\D|$)/ })
    .waitFor({ timeout: 20_000 });
  await Promise.all([panel.close(), terminal.close()]);
}

async function run(lang: (typeof LANGS)[number], demo: string, sync: TestSyncServer) {
  const dir = await mkdtemp(path.join(tmpdir(), 'sidekick-screens-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: lang.locale,
    viewport: WIDE,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
    ],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    await signInAs(sw, sync, 'cash_teller');
    await tellerScreens(context, sw, id, demo, lang.tag);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByTestId('sync-save').click();
    await options.getByTestId('sync-result').waitFor();
    await shot(options, 'options', lang.tag, true);

    await signInAs(sw, sync, 'supervisor');
    const sv = await context.newPage();
    await sv.goto(`chrome-extension://${id}/supervisor.html`);
    await sv.getByTestId('log-row').first().waitFor();
    await shot(sv, 'supervisor-log', lang.tag);
    for (const [i, name] of [
      [1, 'supervisor-charts'],
      [2, 'supervisor-audit'],
    ] as const) {
      await sv.getByRole('tab').nth(i).click();
      await shot(sv, name, lang.tag, true);
    }

    await signInAs(sw, sync, 'client_manager');
    const queue = await context.newPage();
    await queue.setViewportSize(PANEL);
    await queue.goto(`chrome-extension://${id}/sidepanel.html`);
    await queue.getByRole('tab').last().click();
    await queue.locator('.queue-head').first().click();
    await queue.getByTestId('prep-card').waitFor();
    await shot(queue, 'cm-queue', lang.tag, true);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A few referrals of the past days, pushed as tellers' devices would, so the log has rows. */
async function seed(sync: TestSyncServer): Promise<void> {
  const token = await sync.tokenFor('teller', 'T001');
  const day = 86_400_000;
  const kinds: { kind: SignalKind; amountBand?: { min: number; max: number } }[][] = [
    [
      { kind: 'time_deposit', amountBand: { min: 500_000, max: 1_000_000 } },
      { kind: 'wealth_enquiry' },
    ],
    [{ kind: 'forex' }],
    [{ kind: 'large_cash', amountBand: { min: 200_000, max: 500_000 } }],
  ];
  const referrals = kinds.map((signals, i) => {
    const at = new Date(Date.now() - (i + 1) * day).toISOString();
    return {
      id: `00000000-0000-4000-8000-00000000000${i + 1}`,
      branchId: '0101',
      createdAt: at,
      updatedAt: at,
      referrerStaffId: 'T001',
      referrerRole: 'cash_teller',
      tier: (['A', 'B', 'C'] as const)[i],
      signals,
      summary: referralSummary({ signals }, 'zh_CN'),
      managerStaffId: 'M001',
      handoff: 'refer_now',
      consent: false,
      profileVersion: 'demo@1',
      status: 'new',
    };
  });
  const res = await fetch(`${sync.server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ referrals }),
  });
  if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
}

await mkdir(OUT, { recursive: true });
const demo = await startDemoServer({ port: 0 });
const sync = await startTestSyncServer();
try {
  await seed(sync);
  for (const lang of LANGS) await run(lang, demo.url, sync);
} finally {
  await Promise.all([demo.close(), sync.close()]);
}
