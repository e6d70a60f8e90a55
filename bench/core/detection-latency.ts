/**
 * Measures how long a change of a watched terminal field takes to reach the teller: the badge
 * in the page and the tier in the side panel. A script in the page sets the amount and
 * dispatches `input`, alternating a tier-B and a tier-D amount of a cash deposit.
 */
import type { Page } from 'playwright-core';
import { clockOffset } from './clock';
import { distribution, type Distribution } from './stats';

const TIMEOUT_MS = 2_000;
const PAUSE_MS = 100;
const STEPS = [
  { amount: '600000', tier: 'B', badge: 'attention' },
  { amount: '2000', tier: 'D', badge: 'hidden' },
] as const;

interface Change {
  /** performance.timeOrigin + now() in the terminal just before the change. */
  epoch0: number;
  /** Badge latency, null when it did not change within the timeout. */
  badgeMs: number | null;
}

/** Changes the amount in the terminal and waits for the badge's state (page's main world). */
export function changeAmount(terminal: Page, amount: string, badge: string): Promise<Change> {
  return terminal.evaluate(
    ([value, expected, timeoutMs]) =>
      new Promise<Change>((resolve) => {
        const state = () =>
          document.querySelector('sidekick-badge')?.getAttribute('data-state') ?? 'hidden';
        const label = [...document.querySelectorAll('label')].find((l) =>
          (l.textContent ?? '').trim().startsWith('金额'),
        );
        const input = label?.control;
        if (!(input instanceof HTMLInputElement)) throw new Error('amount field not found');
        const t0 = performance.now();
        const finish = (ok: boolean) => {
          added.disconnect();
          changed.disconnect();
          clearTimeout(timer);
          const badgeMs = ok ? performance.now() - t0 : null;
          resolve({ epoch0: performance.timeOrigin + t0, badgeMs });
        };
        const check = () => state() === expected && finish(true);
        const added = new MutationObserver(check);
        added.observe(document.documentElement, { childList: true });
        const changed = new MutationObserver(check);
        changed.observe(document.documentElement, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-state'],
        });
        const timer = setTimeout(() => finish(false), timeoutMs);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [amount, badge, TIMEOUT_MS] as const,
  );
}

/** Keeps a log of the panel's tier changes, timestamped in the panel's own clock. */
async function watchPanel(panel: Page): Promise<void> {
  await panel.waitForSelector('[data-testid=tier]');
  await panel.evaluate(() => {
    const log: [string, number][] = [];
    (globalThis as unknown as { __tierLog: typeof log }).__tierLog = log;
    const read = () =>
      document.querySelector('[data-testid=tier]')?.getAttribute('data-tier') ?? '';
    let last = read();
    new MutationObserver(() => {
      const tier = read();
      if (tier === last) return;
      last = tier;
      log.push([tier, performance.timeOrigin + performance.now()]);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-tier'],
    });
  });
}

/** Panel-clock time at which the panel first showed `tier` at or after `since`, or null. */
async function panelShownAt(panel: Page, tier: string, since: number): Promise<number | null> {
  const at = await panel
    .waitForFunction(
      ([want, after]) => {
        const log = (globalThis as unknown as { __tierLog: [string, number][] }).__tierLog;
        return log.find(([t, when]) => t === want && when >= after)?.[1] ?? false;
      },
      [tier, since] as const,
      { timeout: TIMEOUT_MS, polling: 20 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  return typeof at === 'number' ? at : null;
}

export interface LatencyRun {
  badgeShown: Distribution;
  badgeHidden: Distribution;
  panel: Distribution;
  /** Changes whose badge or panel update never came within the timeout. */
  lost: number;
  changes: number;
  /** Panel clock − terminal clock, and how good that estimate is (± ms). */
  clock: { panelMinusTerminalMs: number; errorMs: number };
}

/**
 * Alternates `alternations` times D → B → D. The terminal must show a cash deposit already
 * settled on tier D, and `panel` must be the side panel page for the terminal's tab.
 */
export async function measureDetectionLatency(
  terminal: Page,
  panel: Page,
  alternations: number,
): Promise<LatencyRun> {
  await watchPanel(panel);
  const terminalClock = await clockOffset(terminal);
  const panelClock = await clockOffset(panel);
  const skew = panelClock.offsetMs - terminalClock.offsetMs;
  const shown: number[] = [];
  const hidden: number[] = [];
  const toPanel: number[] = [];
  let lost = 0;
  for (let i = 0; i < alternations * 2; i += 1) {
    const step = STEPS[i % 2] ?? STEPS[0];
    const change = await changeAmount(terminal, step.amount, step.badge);
    const at = await panelShownAt(panel, step.tier, change.epoch0 + skew - 5);
    if (change.badgeMs === null || at === null) lost += 1;
    if (change.badgeMs !== null) (step.tier === 'B' ? shown : hidden).push(change.badgeMs);
    if (at !== null) toPanel.push(at - skew - change.epoch0);
    await terminal.waitForTimeout(PAUSE_MS);
  }
  return {
    badgeShown: distribution(shown),
    badgeHidden: distribution(hidden),
    panel: distribution(toPanel),
    lost,
    changes: alternations * 2,
    clock: {
      panelMinusTerminalMs: skew,
      errorMs: (terminalClock.rttMs + panelClock.rttMs) / 2,
    },
  };
}
