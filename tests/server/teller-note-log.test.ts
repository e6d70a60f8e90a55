// @vitest-environment node
/** The teller's note (补充一句) reaches the supervisor: in the referral log and its CSV export, as text. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralLogRow } from '../../lib/contracts/referral-log';
import { makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

const noted = makeReferral({ tellerNote: '客户赶时间 <b>十点</b>前要走' });
const plain = makeReferral({ tellerNote: undefined });

describe.each(DB_TARGETS)("teller's note in the log on $name", (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    await seedReferrals(h.database.db, [noted, plain]);
  });
  afterAll(async () => h.close());

  it('the log row carries the note; a referral without one has none', async () => {
    const res = await h.call('GET', '/v1/referral-log', { as: 'supervisor' });
    expect(res.status).toBe(200);
    const rows = res.json.rows as ReferralLogRow[];
    expect(rows.find((r) => r.id === noted.id)?.tellerNote).toBe(noted.tellerNote);
    expect(rows.find((r) => r.id === plain.id)).not.toHaveProperty('tellerNote');
  });

  it('the CSV has a 柜员补充 column with the note as written', async () => {
    const res = await h.app.request('/v1/referral-log/export?format=csv', {
      headers: { authorization: `Bearer ${h.tokens.supervisor}` },
    });
    expect(res.status).toBe(200);
    const rows: string[][] = parse((await res.text()).replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const note = header.indexOf('柜员补充');
    const id = header.indexOf('推介编号');
    expect(note).toBeGreaterThan(-1);
    expect(rows.find((r) => r[id] === noted.id)?.[note]).toBe(noted.tellerNote);
    expect(rows.find((r) => r[id] === plain.id)?.[note]).toBe('');
  });
});
