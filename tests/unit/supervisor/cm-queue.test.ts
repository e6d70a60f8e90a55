import { describe, expect, it } from 'vitest';
import { zoneClock } from '@/lib/export';
import { localQueue, newestCopies, withUpdated } from '@/lib/supervisor/cm-queue';
import { referral } from './fixtures';

const zone = zoneClock('Asia/Shanghai');
const now = new Date('2026-03-02T06:00:00.000Z'); // 14:00 in Shanghai, same day as the fixtures

describe("localQueue (the offline order of the client manager's queue)", () => {
  // Tier A, ¥1M+, asked about wealth, will meet now → high potential, cost 30 → quick win.
  const quickWin = referral({
    tier: 'A',
    signals: [
      { kind: 'wealth_enquiry' },
      { kind: 'time_deposit', amountBand: { min: 1_000_000, max: 5_000_000 } },
    ],
  });
  // Same client value, but a home visit without consent → cultivate.
  const cultivate = referral({
    tier: 'A',
    handoff: 'card_handed',
    followUp: { channel: 'visit' },
    signals: quickWin.signals,
  });
  // Tier D by phone → low priority.
  const low = referral({
    tier: 'D',
    signals: [],
    handoff: 'card_handed',
    followUp: { channel: 'phone' },
    consent: true,
  });
  // Tier D, visit, no consent → let go.
  const letGo = referral({
    tier: 'D',
    signals: [],
    handoff: 'card_handed',
    followUp: { channel: 'visit' },
  });
  const otherManager = referral({ managerStaffId: 'M002', tier: 'A' });
  const won = referral({ status: 'won', outcome: { product: '理财' } });
  const withdrawn = referral({ undoneAt: '2026-03-02T02:00:05.000Z' });

  it("puts quick wins first and let-go last, and leaves out others' and closed referrals", () => {
    const queue = localQueue(
      [letGo, low, cultivate, quickWin, otherManager, won, withdrawn],
      'M001',
      { now, zone },
    );
    expect(queue.map((q) => q.placement.quadrant)).toEqual([
      'quick_win',
      'cultivate',
      'low_priority',
      'let_go',
    ]);
    expect(queue.map((q) => q.referral.id)).toEqual([quickWin.id, cultivate.id, low.id, letGo.id]);
    expect(queue[0]?.placement.reasons[0]?.zh).toMatch(/速赢/);
  });

  it('flags a "meet now" referral from today as due today', () => {
    const [item] = localQueue([quickWin], 'M001', { now, zone });
    expect(item).toMatchObject({ due: 'today', dueToday: true });
  });
});

describe('newestCopies', () => {
  it('keeps the copy updated last, whichever source it came from', () => {
    const old = referral();
    const newer = { ...old, status: 'contacted' as const, updatedAt: '2026-03-03T00:00:00.000Z' };
    expect(newestCopies([old], [newer])).toEqual([newer]);
    expect(newestCopies([newer], [old])).toEqual([newer]);
  });
});

describe('withUpdated', () => {
  it('changes the referral in place and clears "due today" once it is no longer new', () => {
    const a = referral();
    const [item] = localQueue([a], 'M001', { now, zone });
    const contacted = { ...a, status: 'contacted' as const };
    const [after] = withUpdated([item!], contacted);
    expect(after?.referral.status).toBe('contacted');
    expect(after?.dueToday).toBe(false);
    expect(after?.placement).toBe(item?.placement);
  });
});
