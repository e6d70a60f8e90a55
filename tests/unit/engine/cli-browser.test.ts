/**
 * `detect --browser`: the page's scripts draw the form and the client frame after load; Chromium
 * runs them, the content script's own frame code reads every same-origin frame, and the reports
 * are merged as the background merges them. Needs Debian's Chromium (/usr/bin/chromium), as CI has.
 */
import { describe, expect, it } from 'vitest';
import { runDetect } from './run-detect';

const DIR = 'tests/fixtures/cli/script-drawn';
const TIMEOUT = 90_000;

describe('detect --browser', () => {
  it(
    'reads fields that only exist once the page’s scripts ran, and prints no full number',
    async () => {
      const run = await runDetect(
        ['--browser', '--profile', `${DIR}/profile.json`, `${DIR}/index.html`],
        TIMEOUT,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({
        fields: {
          businessType: '1002',
          amount: '¥50,000–¥100,000',
          clientName: '赵*', // drawn inside the #cust frame, read by that frame's own report
          accountNumber: '**** 6666',
        },
        missingFields: [],
        transactionComplete: true,
        signals: [{ kind: 'large_cash', amountCny: 80000 }],
        tier: 'C',
        page: { matchesProfile: null },
      });
      const { page: where, ...rest } = out as { page: { url: string } };
      expect(where.url).toMatch(/^file:.*script-drawn\/index\.html$/);
      const printed = JSON.stringify(rest);
      expect(printed).not.toContain('6222 0210 5555 6666');
      expect(printed).not.toMatch(/\d{8,}/);
      expect(printed).not.toContain('赵敏');
      expect(printed).not.toContain('accountNumberForHashing');
    },
    TIMEOUT,
  );
});
