// @vitest-environment node
/**
 * The branch's CSV export neutralises formulas hidden behind characters a spreadsheet drops or
 * does not show (no-break space, zero-width space, BOM, bidi controls) in stored free text, on both
 * databases.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

const HIDDEN = ['\u00a0', '\u200b', '\ufeff', '\u202e', '\u2066', '\u200f'];
const hostile = HIDDEN.map((ch, i) =>
  makeReferral({
    createdAt: `2026-11-1${i}T01:00:00.000Z`,
    updatedAt: `2026-11-1${i}T01:00:00.000Z`,
    summary: `${ch}=HYPERLINK("http://evil.example/${i}","点我")`,
  }),
);
const INVISIBLE_OR_SPACE = /^[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]*/u;

describe.each(DB_TARGETS)('hidden formulas in the export on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    await seedReferrals(h.database.db, hostile);
  });
  afterAll(async () => h.close());

  it('no cell starts, after what a spreadsheet does not show, with a formula character', async () => {
    const res = await h.app.request(`/v1/referral-log/export?format=csv&lang=en`, {
      headers: { authorization: `Bearer ${h.tokens.supervisor}` },
    });
    expect(res.status).toBe(200);
    const rows: string[][] = parse(await res.text(), { bom: true });
    const cells = rows.slice(1).flat();
    expect(rows.slice(1)).toHaveLength(hostile.length);
    const formulas = cells.filter((cell) =>
      /^[=+\-@＝＋－＠]/u.test(cell.replace(/^'/, '').replace(INVISIBLE_OR_SPACE, '')),
    );
    expect(formulas).toHaveLength(hostile.length);
    for (const cell of formulas) expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
    expect(cells.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
  });
});
