// @vitest-environment node
/**
 * The supervisor's offline log (lib/supervisor/offline-log.ts) filters and sorts the
 * device's referrals in JS the way the server's SQL does (server/repo/log-filters.ts, log-sort.ts).
 * This runs one table of filter × sort combinations over one seeded data set on both and compares
 * the ids in order: a change to either side's filters or sort that the other does not follow fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOG_SORTS,
  defaultSortOrder,
  referralLogFiltersSchema,
  type ReferralLogPage,
} from '../../lib/contracts/referral-log';
import type { ServerReferral } from '../../lib/contracts/server-referral';
import { zoneClock } from '../../lib/time/zone-clock';
import type { Referral } from '../../lib/contracts/referral';
import { offlineLogRows } from '../../lib/supervisor/offline-log';
import { rowToServerReferral } from '../../server/repo/referral-rows';
import { BRANCH, OTHER_BRANCH, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import {
  LOST_AFTER_CONTACT,
  LOST_AFTER_MEETING,
  WON,
  moveAlong,
  seedReferrals,
} from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

/** 09:00 Shanghai (01:00 UTC) on 2026-11-<day>. */
const at = (day: number, hour = 1) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const won = makeReferral({
  createdAt: at(16),
  summary: '理财咨询 wealth',
  tier: 'A',
  secondCreditStaffId: 'L001',
});
const wonLater = makeReferral({
  createdAt: at(16),
  summary: '同一时刻 same time',
  tier: 'B',
  managerStaffId: 'CM02',
});
const lost = makeReferral({
  createdAt: at(17),
  summary: '基金到期',
  managerStaffId: 'CM02',
  signals: [{ kind: 'investment' }],
});
const lostMet = makeReferral({
  createdAt: at(17, 3),
  summary: 'met then lost',
  tier: 'A',
  referrerStaffId: 'T002',
});
const open = makeReferral({
  createdAt: at(18),
  referrerStaffId: 'T002',
  summary: 'Gold card 金卡',
  tier: 'A',
  signals: [{ kind: 'premium_card' }],
});
const contacted = makeReferral({
  createdAt: at(18, 5),
  summary: 'called back 回电',
  tier: 'D',
  managerStaffId: 'CM02',
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
const withdrawn = makeReferral({ createdAt: at(18), summary: 'withdrawn' });
const otherBranch = makeReferral({
  branchId: OTHER_BRANCH,
  createdAt: at(18),
  summary: 'other branch',
});
const ALL: Referral[] = [
  won,
  wonLater,
  lost,
  lostMet,
  open,
  contacted,
  declined,
  lateNight,
  withdrawn,
  otherBranch,
];

const FILTERS = [
  '',
  'status=won',
  'status=won,lost',
  'status=new,contacted,met',
  'manager=CM02',
  'referrer=T002',
  'referrer=L001',
  'tier=A',
  'tier=C,D',
  'signal=investment,premium_card',
  'q=WEALTH',
  'q=100%25',
  'q=_',
  'from=2026-11-17&to=2026-11-18',
  'from=2026-11-20',
  'to=2026-11-19&tier=A,B',
  'status=met',
];
const SORTS = LOG_SORTS.flatMap((sort) => [
  { sort, order: defaultSortOrder(sort) },
  { sort, order: defaultSortOrder(sort) === 'asc' ? ('desc' as const) : ('asc' as const) },
]);
const CASES = FILTERS.flatMap((filter) => SORTS.map((s) => [filter, s.sort, s.order] as const));

describe.each(DB_TARGETS)('offline log = server log on $name', (target) => {
  let h: Harness;
  let deviceCopy: ServerReferral[];
  const zone = zoneClock('Asia/Shanghai');

  beforeAll(async () => {
    h = await makeHarness(target);
    const db = h.database.db;
    await seedReferrals(db, ALL);
    await moveAlong(db, won, WON, 3);
    await moveAlong(db, wonLater, WON, 3);
    await moveAlong(db, lost, LOST_AFTER_CONTACT, 6);
    await moveAlong(db, lostMet, LOST_AFTER_MEETING, 2);
    await moveAlong(db, contacted, [{ status: 'contacted' }], 1);
    await db.kysely
      .updateTable('referrals')
      .set({ undone_at: at(18, 2) })
      .where('id', '=', withdrawn.id)
      .execute();
    // What a device of the branch holds: the branch's referrals as the server has them now.
    const rows = await db.kysely
      .selectFrom('referrals')
      .selectAll()
      .where('branch_id', '=', BRANCH)
      .execute();
    deviceCopy = rows.map((row) => rowToServerReferral(row, false));
  });
  afterAll(async () => h.close());

  it('the data set exercises every status, ties, withdrawn and local days', () => {
    expect(new Set(deviceCopy.map((r) => r.status))).toEqual(
      new Set(['new', 'contacted', 'won', 'lost', 'declined']),
    );
    expect(deviceCopy.some((r) => r.undoneAt)).toBe(true);
  });

  it.each(CASES)('?%s sorted by %s %s', async (filter, sort, order) => {
    const query = `${filter ? `${filter}&` : ''}sort=${sort}&order=${order}&limit=500`;
    const res = await h.call('GET', `/v1/referral-log?${query}`, { as: 'supervisor' });
    expect(res.status, res.text).toBe(200);
    const fromServer = (res.json as unknown as ReferralLogPage).rows.map((r) => r.id);

    const filters = referralLogFiltersSchema.parse(Object.fromEntries(new URLSearchParams(filter)));
    const offline = offlineLogRows(deviceCopy, {
      filters,
      sort: { sort, order },
      zone,
      withContact: false,
    });
    expect(offline.map((r) => r.id)).toEqual(fromServer);
  });

  it('compares something: most combinations match rows, and orders differ between sorts', async () => {
    const orders = new Set<string>();
    for (const { sort, order } of SORTS) {
      const res = await h.call('GET', `/v1/referral-log?sort=${sort}&order=${order}`, {
        as: 'supervisor',
      });
      orders.add((res.json as unknown as ReferralLogPage).rows.map((r) => r.id).join());
    }
    expect(orders.size).toBeGreaterThanOrEqual(6);
  });
});
