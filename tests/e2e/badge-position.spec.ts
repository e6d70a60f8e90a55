/**
 * The in-page badge never covers the terminal's own text (the status bar's version number sat
 * under it), starts in the profile's corner, and stays where the teller dragged it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/extension';
import { demoProfile } from '../../lib/profile/builtin/demo';
import { installProfile, onOptionsPage } from '../../support/browser/panel';

const badge = (terminal: Page) => terminal.locator('sidekick-badge[data-state="attention"]');

/** The page's own text nodes whose boxes overlap the badge's box. */
async function textUnderBadge(terminal: Page): Promise<string[]> {
  const box = await badge(terminal).boundingBox();
  if (!box) throw new Error('no badge on the page');
  return terminal.evaluate(({ x, y, width, height }) => {
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.left < x + width && x < r.right && r.top < y + height && y < r.bottom)
          hits.push(text);
    }
    return hits;
  }, box);
}

async function statusBarTop(terminal: Page): Promise<number> {
  const bar = await terminal.locator('footer.status-bar').boundingBox();
  return bar!.y;
}

test.describe('the in-page badge', () => {
  test('covers none of the terminal’s text: it sits just above the status bar, bottom right', async ({
    context,
    demoUrl,
  }) => {
    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    await expect(badge(terminal)).toBeVisible();
    await expect(terminal.locator('footer.status-bar')).toContainText('V5.3.2');
    expect(await textUnderBadge(terminal)).toEqual([]);
    const box = (await badge(terminal).boundingBox())!;
    const view = terminal.viewportSize()!;
    expect(box.y + box.height).toBeLessThanOrEqual(await statusBarTop(terminal));
    expect(box.x).toBeGreaterThan(view.width - 80);
    expect(box.y).toBeGreaterThan(view.height - 80);
    console.log(`badge at ${JSON.stringify(box)} in ${JSON.stringify(view)}`);
  });

  test('stays where the teller dragged it, after a reload, and still covers no text', async ({
    context,
    demoUrl,
  }) => {
    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    const from = (await badge(terminal).boundingBox())!;
    await terminal.mouse.move(from.x + 11, from.y + 11);
    await terminal.mouse.down();
    await terminal.mouse.move(from.x - 200, from.y - 40, { steps: 8 });
    await terminal.mouse.move(from.x - 400, from.y - 60, { steps: 8 });
    await terminal.mouse.up();
    const dropped = (await badge(terminal).boundingBox())!;
    expect(dropped.x).toBeLessThan(from.x - 300);
    expect(await textUnderBadge(terminal)).toEqual([]);

    await terminal.reload();
    await expect(badge(terminal)).toBeVisible();
    const again = (await badge(terminal).boundingBox())!;
    expect(Math.abs(again.x - dropped.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(again.y - dropped.y)).toBeLessThanOrEqual(1);
    // Remembered in the extension's storage, not the page's.
    expect(await terminal.evaluate(() => JSON.stringify(localStorage))).not.toContain('corner');
  });

  test('starts in the profile’s corner (top-left here), off the terminal’s text', async ({
    context,
    extensionId,
    demoUrl,
  }) => {
    const profile = { ...demoProfile, badge: { position: 'top-left' } };
    await onOptionsPage(
      context,
      extensionId,
      installProfile(JSON.stringify(profile), demoProfile.name),
    );
    const terminal = await context.newPage();
    await terminal.goto(`${demoUrl}/?scenario=time-deposit-vip`);
    await expect(badge(terminal)).toBeVisible();
    const box = (await badge(terminal).boundingBox())!;
    const view = terminal.viewportSize()!;
    expect(box.x).toBeLessThan(view.width / 2);
    expect(box.y).toBeLessThan(view.height / 2);
    expect(await textUnderBadge(terminal)).toEqual([]);
  });
});
