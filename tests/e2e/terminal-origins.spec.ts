/**
 * A build without pinned terminal origins (TERMINAL_ORIGINS= npx wxt build, copied to
 * .output/unpinned-mv3): before any grant it reads no page and registers no content script; the
 * options page lists the configured origins as not allowed, each with its own button (axe-clean).
 * The grant itself is the browser's prompt, which headless Chromium leaves pending and Playwright
 * cannot answer (tried: the request never settles), so registration after a grant is covered by
 * tests/unit/origins. Skipped when the unpinned build is absent.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures/extension';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/browser/extension';

const UNPINNED = path.resolve('.output/unpinned-mv3');

test('unpinned build: nothing is read before a grant; the options page offers each configured origin', async ({
  demoUrl,
}) => {
  test.skip(
    !existsSync(UNPINNED),
    'build it first: TERMINAL_ORIGINS= npx wxt build, copy to .output/unpinned-mv3',
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'sidekick-unpinned-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${UNPINNED}`,
      `--load-extension=${UNPINNED}`,
    ],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const origin = options.getByTestId('terminal-origin').filter({ hasText: 'http://127.0.0.1/*' });
    await expect(origin).toHaveAttribute('data-granted', 'false');
    await expect(origin.getByRole('button', { name: /允许读取此终端/ })).toBeVisible();
    const axe = await new AxeBuilder({ page: options })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(
      await sw.evaluate('chrome.scripting.getRegisteredContentScripts().then(s => s.length)'),
    ).toBe(0);
    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    await terminal.waitForTimeout(1500);
    await expect(terminal.locator('sidekick-badge')).toHaveCount(0);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
