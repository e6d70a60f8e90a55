/**
 * Saves every demo scenario (as entered, and submitted) as static DOM snapshots under
 * tests/fixtures/pages/<scenario-id>[-submitted]/{index.html,client-frame.html}, so the
 * detection engine can be tested in Node against exactly what the terminal renders.
 * Scripts are removed, form state is written into attributes, and the iframe keeps its
 * relative src="client-frame.html". Time and Math.random are pinned so reruns give the same files.
 *
 *   npm run demo:save-pages
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Frame, type Page } from 'playwright-core';
import { startDemoServer } from '../demo/serve.ts';
import { SCENARIOS, type Scenario } from '../demo/public/scenarios.js';

const OUT_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
const FIXED_TIME = new Date('2025-03-14T10:30:00+08:00');

/** Runs inside the page: the document as HTML, with live form state copied into attributes. */
function serialiseDocument(): string {
  const selector = 'input, select, textarea';
  const live = [
    ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      selector,
    ),
  ];
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const copies = [...clone.querySelectorAll(selector)];
  live.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    if (el instanceof HTMLSelectElement) {
      [...el.options].forEach((o, j) =>
        copy.querySelectorAll('option')[j]?.toggleAttribute('selected', o.selected),
      );
    } else if (el instanceof HTMLTextAreaElement) {
      copy.textContent = el.value;
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      copy.toggleAttribute('checked', el.checked);
    } else {
      copy.setAttribute('value', el.value);
    }
  });
  clone.querySelectorAll('script').forEach((s) => s.remove());
  return `<!DOCTYPE html>\n${clone.outerHTML}\n`;
}

/** Runs in the page before its scripts: a seeded Math.random, so field ids are reproducible. */
function seedRandom(seed: number): void {
  let s = seed >>> 0;
  Math.random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clientFrame(page: Page): Frame {
  const frame = page.frame({ name: 'client' });
  if (!frame) throw new Error('client frame not found');
  return frame;
}

async function savePage(
  page: Page,
  baseUrl: string,
  scenario: Scenario,
  submitted: boolean,
): Promise<string> {
  const dir = `${scenario.id}${submitted ? '-submitted' : ''}`;
  await page.goto(`${baseUrl}/?scenario=${scenario.id}${submitted ? '&submit=1' : ''}`);
  await page
    .frameLocator('#client-frame')
    .locator('td')
    .first()
    .filter({ hasText: scenario.client.name })
    .waitFor();
  if (submitted) await page.locator('section.receipt').waitFor();
  const iframeSrc = await page.locator('#client-frame').getAttribute('src');
  if (iframeSrc !== 'client-frame.html') throw new Error(`unexpected iframe src ${iframeSrc}`);
  const main = await page.evaluate(serialiseDocument);
  const frame = await clientFrame(page).evaluate(serialiseDocument);
  await mkdir(path.join(OUT_DIR, dir), { recursive: true });
  await writeFile(path.join(OUT_DIR, dir, 'index.html'), main);
  await writeFile(path.join(OUT_DIR, dir, 'client-frame.html'), frame);
  return dir;
}

async function clearOldPages(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const entry of await readdir(OUT_DIR, { withFileTypes: true })) {
    if (entry.isDirectory()) await rm(path.join(OUT_DIR, entry.name), { recursive: true });
  }
}

async function main(): Promise<void> {
  const demo = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    await clearOldPages();
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript(seedRandom, 20250314);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.clock.setFixedTime(FIXED_TIME);
    const manifest = [];
    for (const scenario of SCENARIOS) {
      for (const submitted of [false, true]) {
        const dir = await savePage(page, demo.url, scenario, submitted);
        manifest.push({ dir, submitted, scenario });
        console.log(`saved ${dir}`);
      }
    }
    await writeFile(path.join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`${manifest.length} pages in ${path.relative(process.cwd(), OUT_DIR)}`);
  } finally {
    await browser.close();
    await demo.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
