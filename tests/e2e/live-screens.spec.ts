/**
 * Live behaviour on two terminals we did not write, in real Chromium with the built extension:
 * the hash-routed SPA (screens by fragment, the client's level carried to the deposit screen, the
 * completion marker firing when the status line's text changes, a label edited in place pausing)
 * and the web-components desk (nested declarative shadow roots, the status inside one).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { tabIdOf } from '../../support/browser/extension';

const ROOT = path.resolve('tests/fixtures/terminals');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

async function serveFixtures(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = path.join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': `${TYPES[path.extname(file)] ?? 'text/plain'}; charset=utf-8`,
        });
        res.end(body);
      },
      () => void res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function importProfile(page: Page, extensionId: string, pattern: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const json = await readFile(path.join(ROOT, pattern, 'profile.json'), 'utf8');
  await page.getByTestId('profile-json').fill(json);
  await page.getByRole('button', { name: '校验并导入', exact: true }).click();
  await expect(page.getByTestId('profile-in-force')).toContainText(
    (JSON.parse(json) as { name: string }).name,
  );
}

interface Live {
  detection?: {
    tier: string | null;
    existingPremium: boolean;
    transactionComplete: boolean;
    missingRequired: string[];
    paused: boolean;
    signals: { kind: string }[];
  };
}

function liveState(sw: Worker, tabId: number): Promise<Live | undefined> {
  return sw.evaluate(async (id) => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const got = await chromeApi.storage.session.get(`tab:${id}`);
    return got[`tab:${id}`] as Live | undefined;
  }, tabId);
}

let fixtures: { url: string; server: Server };
test.beforeAll(async () => (fixtures = await serveFixtures()));
test.afterAll(async () => new Promise<void>((done) => fixtures.server.close(() => done())));

test('hash-routed SPA: screens, carried 金卡, live completion, a renamed label pauses', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await importProfile(options, extensionId, 'hash-spa');
  const terminal = await context.newPage();
  await terminal.goto(`${fixtures.url}/hash-spa/index.html#/client/c1001`);
  const tabId = await tabIdOf(serviceWorker, `${fixtures.url}/hash-spa/`);
  const detection = () => liveState(serviceWorker, tabId).then((s) => s?.detection);

  await expect
    .poll(detection)
    .toMatchObject({ tier: 'A', existingPremium: true, missingRequired: [] });
  await terminal.getByRole('link', { name: '定期存款' }).click();
  await expect(terminal.getByLabel('存款金额')).toBeVisible();
  await terminal.getByLabel('存款金额').fill('600000');
  await expect.poll(detection).toMatchObject({
    existingPremium: true,
    missingRequired: [],
    paused: false,
    transactionComplete: false,
  });
  await expect
    .poll(() => detection().then((d) => d?.signals.map((s) => s.kind)))
    .toEqual(['time_deposit']);

  await terminal.getByRole('button', { name: '提交' }).click();
  await expect.poll(detection, { timeout: 3_000 }).toMatchObject({ transactionComplete: true });

  // A terminal update renames the amount's label in place: paused within 5 s, as a removed field.
  const edited = Date.now();
  await terminal.evaluate(() => {
    const label = document.querySelector('label[for="dep-amount"]');
    if (label?.firstChild) label.firstChild.nodeValue = '金额(元)';
  });
  await expect(terminal.locator('sidekick-badge')).toHaveAttribute('data-state', 'paused', {
    timeout: 5_000,
  });
  expect(Date.now() - edited).toBeLessThan(5_000);
  await expect.poll(detection).toMatchObject({ missingRequired: ['amount'], paused: true });
});

test('web-components desk: amount three shadow roots deep, completion inside a shadow root', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await importProfile(options, extensionId, 'shadow-dom');
  const terminal = await context.newPage();
  await terminal.goto(`${fixtures.url}/shadow-dom/index.html`);
  const tabId = await tabIdOf(serviceWorker, `${fixtures.url}/shadow-dom/`);
  const detection = () => liveState(serviceWorker, tabId).then((s) => s?.detection);

  await expect
    .poll(detection)
    .toMatchObject({ tier: 'A', missingRequired: [], transactionComplete: false });
  await terminal.locator('button.submit').click(); // Playwright's CSS pierces open shadow roots
  await expect.poll(detection, { timeout: 3_000 }).toMatchObject({ transactionComplete: true });
});
