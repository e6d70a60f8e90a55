// @vitest-environment node
/** GET /v1/referrals/queue: a client manager's open referrals, quick wins first, with reasons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueResponse } from '../../lib/contracts/queue-api';
import { OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { WON, moveAlong, seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

// The harness clock says 2026-11-20 10:00 in Shanghai.
const band = (min: number) => ({ min, max: null });
const card = (channel: 'phone' | 'wechat' | 'visit', windowEnd?: string) =>
  ({
    handoff: 'card_handed',
    followUp: {
      channel,
      ...(windowEnd ? { windowStart: '2026-11-19T02:00:00.000Z', windowEnd } : {}),
    },
  }) as const;
const base = { createdAt: '2026-11-19T02:00:00.000Z' };

const dueToday = makeReferral({
  ...base,
  tier: 'A',
  signals: [{ kind: 'wealth_enquiry' }],
  ...card('phone', '2026-11-20T15:59:00.000Z'),
});
const quickWin = makeReferral({
  ...base,
  tier: 'A',
  signals: [{ kind: 'time_deposit', amountBand: band(1_000_000) }],
  ...card('wechat'),
});
const cultivate = makeReferral({
  ...base,
  signals: [{ kind: 'time_deposit', amountBand: band(500_000) }],
  ...card('visit'),
});
const lowPriority = makeReferral({ ...base, tier: 'C', signals: [], ...card('phone') });
const letGo = makeReferral({
  ...base,
  tier: 'D',
  signals: [{ kind: 'soft_appearance' }],
  ...card('visit'),
});
const closed = makeReferral({ ...base, tier: 'A' });
const declined = makeReferral({
  ...base,
  handoff: 'declined',
  status: 'declined',
  followUp: undefined,
  consent: false,
  contact: undefined,
});
const otherManager = makeReferral({ ...base, managerStaffId: 'CM02' });
const withdrawn = makeReferral({ ...base, tier: 'A' });
const otherBranch = makeReferral({ ...base, branchId: OTHER_BRANCH, summary: 'other branch' });

describe.each(DB_TARGETS)('client-manager queue on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    const db = h.database.db;
    await seedReferrals(db, [
      letGo,
      lowPriority,
      cultivate,
      quickWin,
      dueToday,
      closed,
      declined,
      otherManager,
      withdrawn,
      otherBranch,
    ]);
    await moveAlong(db, closed, WON, 1);
    await db.kysely
      .updateTable('referrals')
      .set({ undone_at: base.createdAt })
      .where('id', '=', withdrawn.id)
      .execute();
  });
  afterAll(async () => h.close());

  async function queue(query = '', as: 'manager' | 'supervisor' | 'otherManager' = 'manager') {
    const res = await h.call('GET', `/v1/referrals/queue${query}`, { as });
    expect(res.status, res.text).toBe(200);
    return res.json as unknown as QueueResponse;
  }

  it('orders open referrals: quick wins (due today first), cultivate, low priority, let go', async () => {
    const q = await queue();
    expect(q.managerStaffId).toBe('CM01');
    expect(q.today).toBe('2026-11-20');
    expect(q.timeZone).toBe('Asia/Shanghai');
    expect(q.items.map((i) => i.referral.id)).toEqual([
      dueToday.id,
      quickWin.id,
      cultivate.id,
      lowPriority.id,
      letGo.id,
    ]);
    expect(q.items.map((i) => i.placement.quadrant)).toEqual([
      'quick_win',
      'quick_win',
      'cultivate',
      'low_priority',
      'let_go',
    ]);
    expect(q.items.map((i) => i.dueToday)).toEqual([true, false, false, false, false]);
    expect(q.more).toBe(0);
  });

  it('says why, in zh-CN and English', async () => {
    const [first, , third] = (await queue()).items;
    expect(first?.placement.reasons[0]).toEqual({
      code: 'quick_win',
      zh: '速赢：潜力高、营销成本低',
      en: 'Quick win: high potential, low marketing cost',
    });
    expect(first?.placement.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['tier_A', 'signal_wealth_enquiry', 'channel_phone']),
    );
    expect(third?.placement.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['cultivate', 'amount', 'channel_visit']),
    );
  });

  it('the manager sees consenting clients’ contact details; the supervisor sees the queue without them', async () => {
    expect((await queue()).items[0]?.referral.contact).toEqual(dueToday.contact);
    const seen = await queue('?manager=CM01', 'supervisor');
    expect(seen.items.map((i) => i.referral.id)).toHaveLength(5);
    expect(JSON.stringify(seen)).not.toContain('138 0013 8000');
  });

  it('limit cuts the queue and says how many more there are', async () => {
    const q = await queue('?limit=2');
    expect(q.items.map((i) => i.referral.id)).toEqual([dueToday.id, quickWin.id]);
    expect(q.more).toBe(3);
  });

  it('never shows another manager’s or another branch’s referrals (staff ids repeat across branches)', async () => {
    const other = await queue('', 'otherManager');
    expect(other.items.map((i) => i.referral.id)).toEqual([otherBranch.id]);
    expect((await queue('?manager=CM02', 'supervisor')).items.map((i) => i.referral.id)).toEqual([
      otherManager.id,
    ]);
  });

  it.each([
    ['teller', '', 403],
    ['lobby', '', 403],
    ['admin', '', 403],
    ['manager', '?manager=CM02', 403],
    ['supervisor', '', 400],
    ['manager', '?manager=CM01', 200],
  ] as const)('%s %s → %i', async (as, query, status) => {
    expect((await h.call('GET', `/v1/referrals/queue${query}`, { as })).status).toBe(status);
  });
});
