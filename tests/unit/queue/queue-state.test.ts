import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@/lib/contracts/queue-api';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { afterUpdate, newArrivals, withFresh } from '@/lib/queue/queue-state';
import { whomAndWhere } from '@/lib/handoffs/whom-where';
import { referral } from '../supervisor/fixtures';

const item = (r: ServerReferral): QueueItem => ({
  referral: r,
  placement: {
    quadrant: 'quick_win',
    potential: 1,
    cost: 0,
    highPotential: true,
    highCost: false,
    reasons: [],
  },
  due: 'none',
  dueToday: true,
});

describe('the queue after an outcome recorded on the page', () => {
  const a = referral({ followUp: { channel: 'meet_now' } });
  const b = referral();
  const view = { items: [item(a), item(b)], closed: [] };

  it('an open status changes the card in place', () => {
    const next = afterUpdate(view, { ...a, status: 'contacted' });
    expect(next.items.map((i) => [i.referral.id, i.referral.status])).toEqual([
      [a.id, 'contacted'],
      [b.id, 'new'],
    ]);
    expect(next.closed).toEqual([]);
  });

  it('won takes it out of the queue (and its count) and keeps it below with the product', () => {
    const won = { ...a, status: 'won' as const, outcome: { product: '大额存单' } };
    const next = afterUpdate(view, won);
    expect(next.items.map((i) => i.referral.id)).toEqual([b.id]);
    expect(next.closed).toEqual([won]);
    // A reload that still lists it (a stale device copy) does not bring it back.
    expect(withFresh(next, [item(a), item(b)]).items.map((i) => i.referral.id)).toEqual([b.id]);
  });
});

describe('newArrivals', () => {
  it('only waiting clients not seen before', () => {
    const waiting = referral({ followUp: { channel: 'meet_now' } });
    const seenWaiting = referral({ followUp: { channel: 'meet_now' } });
    const byPhone = referral({ handoff: 'card_handed', followUp: { channel: 'phone' } });
    const items = [waiting, seenWaiting, byPhone].map(item);
    expect(newArrivals(items, new Set([seenWaiting.id])).map((r) => r.id)).toEqual([waiting.id]);
  });
});

describe('whomAndWhere (what a new referral carries)', () => {
  it.each([
    ['张*', '3号窗口', { clientInitial: '张*', counterLabel: '3号窗口' }],
    ['张伟', ' 3号窗口 ', { clientInitial: '张*', counterLabel: '3号窗口' }],
    [undefined, '', {}],
    ['*', '窗口 622202', {}],
    ['1', undefined, {}],
  ] as const)('%j at %j → %j', (initial, counter, carried) => {
    expect(whomAndWhere(initial, counter)).toEqual(carried);
  });
});
