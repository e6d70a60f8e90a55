// @vitest-environment node
/** GET /v1/referral-log: the supervisor's tracking form — filters, sorts, paging, roles, branches. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralLogPage } from '../../lib/contracts/referral-log';
import type { Referral } from '../../lib/contracts/referral';
import { zoneClock } from '../../lib/time/zone-clock';
import { logRowPages } from '../../server/repo/log-pages';
import { BRANCH, OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { LOST_AFTER_CONTACT, WON, moveAlong, seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

/** 09:00 Shanghai on 2026-11-<day>. */
const at = (day: number, hour = 1) => `2026-11-${String(day).padStart(2, '0')}T0${hour}:00:00.000Z`;

const won = makeReferral({
  createdAt: at(16),
  summary: '理财咨询 wealth',
  tier: 'A',
  secondCreditStaffId: 'L001',
});
const lost = makeReferral({
  createdAt: at(17),
  summary: '基金到期',
  managerStaffId: 'CM02',
  signals: [{ kind: 'investment' }],
});
const open = makeReferral({
  createdAt: at(18),
  referrerStaffId: 'T002',
  summary: 'Gold card 金卡',
  tier: 'A',
  signals: [{ kind: 'premium_card' }],
});
const declined = makeReferral({
  createdAt: at(19),
  handoff: 'declined',
  status: 'declined',
  followUp: undefined,
  consent: false,
  contact: undefined,
  declineReason: '没时间',
  summary: '100% 理财_test',
});
// 2026-11-20 00:30 in Shanghai is still the 19th in UTC: the date filter uses local days.
const lateNight = makeReferral({
  createdAt: '2026-11-19T16:30:00.000Z',
  summary: 'late',
  tier: 'C',
});
const otherBranch = makeReferral({
  branchId: OTHER_BRANCH,
  createdAt: at(18),
  summary: 'other branch 他行',
});
const withdrawn = makeReferral({ createdAt: at(18), summary: 'withdrawn' });
const ALL: Referral[] = [won, lost, open, declined, lateNight, otherBranch, withdrawn];

describe.each(DB_TARGETS)('referral log on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    await seedReferrals(h.database.db, ALL);
    await moveAlong(h.database.db, won, WON, 3);
    await moveAlong(h.database.db, lost, LOST_AFTER_CONTACT, 6);
    await h.database.db.kysely
      .updateTable('referrals')
      .set({ undone_at: at(18, 2) })
      .where('id', '=', withdrawn.id)
      .execute();
  });
  afterAll(async () => h.close());

  async function page(query = '', as: 'supervisor' | 'otherSupervisor' = 'supervisor') {
    const res = await h.call('GET', `/v1/referral-log${query}`, { as });
    expect(res.status, res.text).toBe(200);
    return res.json as unknown as ReferralLogPage;
  }
  const ids = (p: ReferralLogPage) => p.rows.map((r) => r.id);

  it('lists the branch’s referrals newest first, without withdrawn ones or another branch’s', async () => {
    const p = await page();
    expect(ids(p)).toEqual([lateNight.id, declined.id, open.id, lost.id, won.id]);
    expect(p.total).toBe(5);
    expect(p.next).toBeUndefined();
    const other = await page('', 'otherSupervisor');
    expect(ids(other)).toEqual([otherBranch.id]);
  });

  it('returns tracking-form rows: masked client reference, manager name, outcome and days, never contact', async () => {
    const p = await page();
    const row = p.rows.find((r) => r.id === won.id);
    expect(row).toMatchObject({
      clientRef: won.clientRef?.slice(0, 8),
      managerStaffId: 'CM01',
      managerName: '李经理',
      secondCreditStaffId: 'L001',
      status: 'won',
      outcome: { product: '基金定投' },
      daysToOutcome: 3,
    });
    expect(p.rows.find((r) => r.id === lost.id)?.daysToOutcome).toBe(6);
    expect(p.rows.find((r) => r.id === open.id)?.daysToOutcome).toBeUndefined();
    expect(JSON.stringify(p)).not.toContain('138 0013 8000');
    expect(JSON.stringify(p)).not.toContain(won.clientRef);
  });

  it.each([
    ['?status=won', () => [won.id]],
    ['?status=won,lost', () => [lost.id, won.id]],
    ['?manager=CM02', () => [lost.id]],
    ['?referrer=T002', () => [open.id]],
    ['?referrer=L001', () => [won.id]], // the second credit counts as referring staff
    ['?tier=A', () => [open.id, won.id]],
    ['?tier=C,D', () => [lateNight.id]],
    ['?signal=premium_card', () => [open.id]],
    ['?signal=investment,premium_card', () => [open.id, lost.id]],
    ['?q=WEALTH', () => [won.id]], // case-insensitive
    ['?q=金卡', () => [open.id]],
    ['?q=100%25', () => [declined.id]], // % is a literal, not a wildcard
    ['?q=_', () => [declined.id]],
    ['?from=2026-11-17&to=2026-11-18', () => [open.id, lost.id]],
    ['?from=2026-11-20', () => [lateNight.id]], // local day, not UTC
    ['?to=2026-11-19', () => [declined.id, open.id, lost.id, won.id]],
    ['?from=2026-11-16&to=2026-11-16&status=won&tier=A', () => [won.id]],
    ['?status=met', () => []],
  ])('filter %s', async (query, expected) => {
    const p = await page(query);
    expect(ids(p)).toEqual(expected());
    expect(p.total).toBe(expected().length);
  });

  it.each([
    ['?sort=createdAt&order=asc', () => [won.id, lost.id, open.id, declined.id, lateNight.id]],
    ['?sort=status', () => [lateNight.id, open.id, won.id, lost.id, declined.id]],
    ['?sort=status&order=desc', () => [declined.id, lost.id, won.id, lateNight.id, open.id]],
    ['?sort=manager&order=desc', () => [lost.id, lateNight.id, declined.id, open.id, won.id]],
    ['?sort=daysToOutcome', () => [won.id, lost.id, lateNight.id, declined.id, open.id]],
    ['?sort=daysToOutcome&order=desc', () => [lost.id, won.id, lateNight.id, declined.id, open.id]],
  ])('sort %s', async (query, expected) => {
    expect(ids(await page(query))).toEqual(expected());
  });

  it.each([['createdAt'], ['status'], ['manager'], ['daysToOutcome']])(
    'keyset pages (sort=%s) cover every row once, in the same order as one big page',
    async (sort) => {
      const whole = ids(await page(`?sort=${sort}`));
      const seen: string[] = [];
      let next: string | undefined;
      do {
        const p = await page(`?sort=${sort}&limit=2${next ? `&after=${next}` : ''}`);
        expect(p.total).toBe(5);
        seen.push(...ids(p));
        next = p.next;
      } while (next);
      expect(seen).toEqual(whole);
    },
  );

  it.each([
    ['createdAt', 'desc'],
    ['createdAt', 'asc'],
    ['status', 'asc'],
    ['status', 'desc'],
    ['manager', 'desc'],
    ['daysToOutcome', 'asc'],
  ] as const)('the export’s pages (sort=%s %s) follow the log’s order', async (sort, order) => {
    const whole = ids(await page(`?sort=${sort}&order=${order}`));
    const exported: string[] = [];
    for await (const rows of logRowPages(
      h.database.db,
      { branchId: BRANCH, filters: {}, sort, order, zone: zoneClock('Asia/Shanghai') },
      2,
    )) {
      expect(rows.length).toBeLessThanOrEqual(2);
      exported.push(...rows.map((r) => r.id));
    }
    expect(exported).toEqual(whole);
  });

  it('leaves the total out when the client says it has it (total=false), the rows unchanged', async () => {
    const counted = await page('?tier=A&limit=1&offset=1');
    const uncounted = await page('?tier=A&limit=1&offset=1&total=false');
    expect(counted.total).toBe(2);
    expect(uncounted).not.toHaveProperty('total');
    expect(ids(uncounted)).toEqual([won.id]);
    expect(ids(uncounted)).toEqual(ids(counted));
    expect((await page('?total=true')).total).toBe(5);
    const keyset = await page(`?limit=2&total=false&after=${(await page('?limit=2')).next ?? ''}`);
    expect(keyset).not.toHaveProperty('total');
    expect(ids(keyset)).toEqual([open.id, lost.id]);
  });

  it('offset paging jumps into the middle', async () => {
    expect(ids(await page('?limit=2&offset=2'))).toEqual([open.id, lost.id]);
  });

  it.each([
    ['?status=closed'],
    ['?tier=E'],
    ['?from=2026-13-01'],
    ['?from=2026-11-20&to=2026-11-01'],
    ['?sort=name'],
    ['?limit=501'],
    ['?after=xyz&offset=1'],
    ['?total=no'],
    ['?after=bm90LWEtdG9rZW4'],
    ['?q=6222020200112233445'],
    ['?branch=0202'],
  ])('refuses %s with 400', async (query) => {
    const res = await h.call('GET', `/v1/referral-log${query}`, { as: 'supervisor' });
    expect(res.status).toBe(400);
    // A card number in the search text is named as such (the shared free-text check).
    expect(res.json.error).toBe(
      query.startsWith('?q=') ? 'text_contains_identifier' : 'invalid_request',
    );
  });

  it('a page token of another sort is refused', async () => {
    const first = await page('?limit=1');
    const res = await h.call(
      'GET',
      `/v1/referral-log?sort=status&limit=1&after=${first.next ?? ''}`,
      {
        as: 'supervisor',
      },
    );
    expect(res.status).toBe(400);
  });
});
