import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../../lib/time/zone-clock';
import { followUpDue, prioritise } from '../../../lib/prioritise';
import { NOW, item } from './fixtures';

const zone = zoneClock('Asia/Shanghai');
const card = (windowStart: string, windowEnd: string) => ({
  handoff: 'card_handed' as const,
  followUp: { channel: 'phone' as const, windowStart, windowEnd },
});

describe('followUpDue (Shanghai; now is 2026-11-20 10:00 local)', () => {
  it.each([
    [
      'window ends today (local)',
      item(card('2026-11-19T02:00:00Z', '2026-11-20T15:59:00Z')),
      'today',
    ],
    [
      'window ended yesterday',
      item(card('2026-11-17T02:00:00Z', '2026-11-19T15:59:00Z')),
      'overdue',
    ],
    ['window ends tomorrow', item(card('2026-11-19T02:00:00Z', '2026-11-21T15:59:00Z')), 'open'],
    [
      'window opens tomorrow',
      item(card('2026-11-20T16:30:00Z', '2026-11-22T15:59:00Z')),
      'upcoming',
    ],
    [
      'UTC yesterday but local today',
      item(card('2026-11-19T17:00:00Z', '2026-11-19T17:30:00Z')),
      'today',
    ],
    ['meet now, referred today', item(), 'today'],
    ['meet now, referred yesterday', item({ createdAt: '2026-11-19T03:00:00Z' }), 'overdue'],
    [
      'card handed, no window',
      item({ handoff: 'card_handed', followUp: { channel: 'client_will_call' } }),
      'none',
    ],
    [
      'already contacted',
      item({ ...card('2026-11-17T02:00:00Z', '2026-11-19T15:59:00Z'), status: 'contacted' }),
      'none',
    ],
  ])('%s', (_name, r, due) => {
    expect(followUpDue(r, NOW, zone)).toBe(due);
  });
});

describe('prioritise', () => {
  const band = (min: number) => ({ min, max: null });
  const letGo = item({
    id: 'let-go',
    tier: 'D',
    signals: [{ kind: 'soft_appearance' }],
    handoff: 'card_handed',
    followUp: { channel: 'visit' },
  });
  const lowPriority = item({
    id: 'low',
    tier: 'C',
    handoff: 'card_handed',
    followUp: { channel: 'phone' },
  });
  const cultivate = item({
    id: 'cultivate',
    signals: [{ kind: 'time_deposit', amountBand: band(500_000) }],
    handoff: 'card_handed',
    followUp: { channel: 'visit' },
  });
  const quickWin = item({
    id: 'quick',
    tier: 'A',
    signals: [{ kind: 'wealth_enquiry' }],
    handoff: 'card_handed',
    followUp: { channel: 'phone' },
  });
  const quickWinDue = item({
    id: 'quick-due',
    tier: 'A',
    signals: [{ kind: 'wealth_enquiry' }],
    ...card('2026-11-19T02:00:00Z', '2026-11-20T15:59:00Z'),
  });
  const quickWinBetter = item({
    id: 'quick-better',
    tier: 'A',
    signals: [{ kind: 'wealth_enquiry', amountBand: band(5_000_000) }],
    handoff: 'card_handed',
    followUp: { channel: 'wechat' },
  });

  it('quick wins first (due today before the rest), then cultivate, low priority, let go last', () => {
    const order = prioritise(
      [letGo, lowPriority, cultivate, quickWin, quickWinDue, quickWinBetter],
      { now: NOW, zone },
    );
    expect(order.map((p) => p.item.id)).toEqual([
      'quick-due',
      'quick-better',
      'quick',
      'cultivate',
      'low',
      'let-go',
    ]);
    expect(order.map((p) => p.placement.quadrant)).toEqual([
      'quick_win',
      'quick_win',
      'quick_win',
      'cultivate',
      'low_priority',
      'let_go',
    ]);
    expect(order[0]?.dueToday).toBe(true);
    expect(order.filter((p) => p.dueToday)).toHaveLength(1);
  });

  it('ties go to the older referral, then the id (stable)', () => {
    const older = item({ id: 'b', createdAt: '2026-11-20T01:00:00Z' });
    const newer = item({ id: 'a', createdAt: '2026-11-20T01:30:00Z' });
    const twin = item({ id: 'c', createdAt: '2026-11-20T01:00:00Z' });
    expect(prioritise([newer, twin, older], { now: NOW, zone }).map((p) => p.item.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});
