/**
 * The CLI gives, on every terminal pattern's saved page, what its expect.json says — the same
 * result the e2e suite sees live in the browser. Pages without scripts are read in jsdom (the
 * CLI's default path); pages whose screens are drawn by their own scripts are read with
 * `--browser` (Chromium running the content script's code), as a bank's IT would.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../../cli/load-config';
import { readWithJsdom } from '../../../cli/read-page';
import { runExpect } from '../../../cli/run-expect';
import { openBrowser, type BrowserSession } from '../../../cli/browser/read-in-browser';

const TERMINALS = join(import.meta.dirname, '../../fixtures/terminals');
const patterns = readdirSync(TERMINALS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(TERMINALS, entry.name, 'expect.json')))
  .map((entry) => entry.name);

async function drawnByScript(dir: string): Promise<boolean> {
  const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
  const texts = await Promise.all(pages.map((name) => readFile(join(dir, name), 'latin1')));
  return texts.some((text) => /<script\b/i.test(text));
}

let browser: Promise<BrowserSession> | undefined;
afterAll(async () => {
  if (browser) await (await browser).close();
});

describe('every terminal pattern: the CLI reads its saved page as its expect.json says', () => {
  it('finds the patterns', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(8);
  });

  it.each(patterns)(
    '%s',
    async (pattern) => {
      const dir = join(TERMINALS, pattern);
      const profile = await loadProfile(join(dir, 'profile.json'));
      const scripted = await drawnByScript(dir);
      const lines: string[] = [];
      const failed = await runExpect(
        join(dir, 'expect.json'),
        profile,
        async (target) => {
          if (!scripted) return readWithJsdom(target, profile, { detect: {} });
          browser ??= openBrowser();
          return (await browser).read(target, profile, { detect: {} });
        },
        (line) => lines.push(line),
        (line) => lines.push(line),
      );
      expect(
        lines.filter((line) => !line.startsWith('ok') && !/passed, 0 failed$/.test(line)),
      ).toEqual([]);
      expect(failed).toBe(0);
    },
    120_000,
  );
});
