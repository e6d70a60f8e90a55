/**
 * Live behaviour on two terminals we did not write, in real Chromium with the built extension:
 * the hash-routed SPA (screens by fragment, the client's level carried to the deposit screen, the
 * completion marker firing when the status line's text changes, a label edited in place pausing)
 * and the web-components desk (nested declarative shadow roots, the status inside one).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { tabIdOf } from '../../support/browser/extension';
import { installProfile, onOptionsPage } from '../../support/browser/panel';
import {
  TERMINALS_DIR,
  startFixtureServer,
  type FixtureServer,
} from '../../support/server/fixture-server';

async function importProfile(
  context: BrowserContext,
  extensionId: string,
  pattern: string,
): Promise<void> {
  const json = await readFile(path.join(TERMINALS_DIR, pattern, 'profile.json'), 'utf8');
  const { name } = JSON.parse(json) as { name: string };
  await onOptionsPage(context, extensionId, installProfile(json, name));
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

let fixtures: FixtureServer;
test.beforeAll(async () => (fixtures = await startFixtureServer()));
test.afterAll(() => fixtures.close());

test('hash-routed SPA: screens, carried 金卡, live completion, a renamed label pauses', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await importProfile(context, extensionId, 'hash-spa');
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
  await importProfile(context, extensionId, 'shadow-dom');
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
