// @vitest-environment node
/** GET /v1/referral-log/stats on a data set whose numbers are known. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralStats } from '../../lib/contracts/referral-stats';
import { OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import {
  LOST_AFTER_CONTACT,
  LOST_AFTER_MEETING,
  WON,
  moveAlong,
  seedReferrals,
} from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

const notNow = {
  handoff: 'declined',
  status: 'declined',
  followUp: undefined,
  consent: false,
  contact: undefined,
} as const;
// 10:00 Shanghai on the given day of November 2026 (W47 = 16–22, W48 = 23–29, W50 = Dec 7–13).
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T02:00:00.000Z`;

const r1 = makeReferral({ createdAt: day(16) }); // T001 → CM01, won after 3 days
const r2 = makeReferral({
  createdAt: day(17),
  handoff: 'card_handed',
  followUp: { channel: 'phone' },
}); // lost after contact, 5 days
const r3 = makeReferral({ createdAt: day(18), referrerStaffId: 'T002', managerStaffId: 'CM02' }); // open
const r4 = makeReferral({ createdAt: day(19), ...notNow }); // T001 not now, suggested CM01
const r5 = makeReferral({ createdAt: day(23), referrerStaffId: 'T002' }); // lost after meeting, 1 day
// Monday 00:30 in Shanghai, still Sunday in UTC: counts in W48.
const r6 = makeReferral({
  createdAt: '2026-11-22T16:30:00.000Z',
  managerStaffId: 'CM02',
  ...notNow,
});
const r9 = makeReferral({
  createdAt: '2026-12-07T02:00:00.000Z',
  referrerStaffId: 'T002',
  managerStaffId: 'CM02',
});
const otherBranch = makeReferral({ branchId: OTHER_BRANCH, createdAt: day(16) });
const withdrawn = makeReferral({ createdAt: day(16) });

const funnel = (f: Partial<ReferralStats['totals']>) => ({
  referred: 0,
  contacted: 0,
  met: 0,
  won: 0,
  lost: 0,
  declined: 0,
  outcomes: 0,
  avgDaysToOutcome: null,
  ...f,
});

describe.each(DB_TARGETS)('referral stats on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    const db = h.database.db;
    await seedReferrals(db, [r1, r2, r3, r4, r5, r6, r9, otherBranch, withdrawn]);
    await moveAlong(db, r1, WON, 3);
    await moveAlong(db, r2, LOST_AFTER_CONTACT, 5);
    await moveAlong(db, r5, LOST_AFTER_MEETING, 1);
    await moveAlong(db, otherBranch, WON, 9);
    await db.kysely
      .updateTable('referrals')
      .set({ undone_at: day(17) })
      .where('id', '=', withdrawn.id)
      .execute();
  });
  afterAll(async () => h.close());

  async function stats(query = ''): Promise<ReferralStats> {
    const res = await h.call('GET', `/v1/referral-log/stats${query}`, { as: 'supervisor' });
    expect(res.status, res.text).toBe(200);
    return res.json as unknown as ReferralStats;
  }

  it('totals: the funnel referred → contacted → met → won, and average days to outcome', async () => {
    expect((await stats()).totals).toEqual(
      funnel({
        referred: 5,
        contacted: 3,
        met: 2,
        won: 1,
        lost: 2,
        declined: 2,
        outcomes: 3,
        avgDaysToOutcome: 3,
      }),
    );
  });

  it('per teller (declined prompts included) and per client manager (with names)', async () => {
    const s = await stats();
    expect(s.byReferrer).toEqual([
      {
        staffId: 'T001',
        ...funnel({
          referred: 2,
          contacted: 2,
          met: 1,
          won: 1,
          lost: 1,
          declined: 2,
          outcomes: 2,
          avgDaysToOutcome: 4,
        }),
      },
      {
        staffId: 'T002',
        ...funnel({ referred: 3, contacted: 1, met: 1, lost: 1, outcomes: 1, avgDaysToOutcome: 1 }),
      },
    ]);
    expect(s.byManager).toEqual([
      {
        staffId: 'CM01',
        name: '李经理',
        ...funnel({
          referred: 3,
          contacted: 3,
          met: 2,
          won: 1,
          lost: 2,
          declined: 1,
          outcomes: 3,
          avgDaysToOutcome: 3,
        }),
      },
      { staffId: 'CM02', name: '张经理', ...funnel({ referred: 2, declined: 1 }) },
    ]);
  });

  it('referrals per ISO week in the branch’s time zone, empty weeks as zeros', async () => {
    expect((await stats()).weekly).toEqual([
      { week: '2026-W47', referred: 3, declined: 1 },
      { week: '2026-W48', referred: 1, declined: 1 },
      { week: '2026-W49', referred: 0, declined: 0 },
      { week: '2026-W50', referred: 1, declined: 0 },
    ]);
  });

  it('prompts answered vs referrals made', async () => {
    expect((await stats()).prompts).toEqual({
      shown: 7,
      referred: 5,
      declined: 2,
      referralRate: 0.714,
    });
  });

  it('takes the log’s filters', async () => {
    const s = await stats('?from=2026-11-23&to=2026-11-30');
    expect(s.totals).toMatchObject({ referred: 1, declined: 1, lost: 1 });
    expect(s.weekly).toEqual([{ week: '2026-W48', referred: 1, declined: 1 }]);
    expect((await stats('?referrer=T002')).totals.referred).toBe(3);
    expect((await stats('?manager=CM02')).byReferrer.map((r) => r.staffId)).toEqual([
      'T001',
      'T002',
    ]);
  });

  it('an empty selection gives zeros, not errors', async () => {
    const s = await stats('?from=2025-01-01&to=2025-01-31');
    expect(s.totals).toEqual(funnel({}));
    expect(s.weekly).toEqual([]);
    expect(s.byReferrer).toEqual([]);
    expect(s.prompts.referralRate).toBeNull();
  });

  it('another branch sees only its own numbers; tellers and managers may not read stats', async () => {
    const other = await h.call('GET', '/v1/referral-log/stats', { as: 'otherSupervisor' });
    expect((other.json as unknown as ReferralStats).totals).toEqual(
      funnel({ referred: 1, contacted: 1, met: 1, won: 1, outcomes: 1, avgDaysToOutcome: 9 }),
    );
    for (const as of ['teller', 'lobby', 'manager', 'admin'] as const) {
      expect((await h.call('GET', '/v1/referral-log/stats', { as })).status).toBe(403);
    }
  });
});
