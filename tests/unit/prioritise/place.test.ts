import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_MODEL,
  assessCost,
  assessPotential,
  place,
} from '../../../lib/prioritise';
import { NOW, item } from './fixtures';

const M = DEFAULT_PRIORITY_MODEL;
const band = (min: number) => ({ min, max: null });

describe('potential', () => {
  it.each([
    ['tier A alone', item({ tier: 'A' }), 40],
    ['tier D alone', item({ tier: 'D' }), 5],
    [
      'B + ¥500k time deposit',
      item({ signals: [{ kind: 'time_deposit', amountBand: band(500_000) }] }),
      30 + 20 + 4,
    ],
    [
      'largest band counts once',
      item({
        signals: [
          { kind: 'large_cash', amountBand: band(50_000) },
          { kind: 'remittance', amountBand: band(1_000_000) },
        ],
      }),
      30 + 25 + 3 + 3,
    ],
    [
      'band below the lowest step',
      item({ tier: 'C', signals: [{ kind: 'demand_deposit', amountBand: band(10_000) }] }),
      15 + 0 + 2,
    ],
    [
      'signals capped at 30',
      item({
        tier: 'D',
        signals: [
          'wealth_enquiry',
          'investment',
          'premium_card',
          'gold_forex_trading',
          'deposit_certificate',
        ].map((kind) => ({ kind: kind as 'investment' })),
      }),
      5 + 30,
    ],
    [
      'A + ¥5M + enquiry, capped at 100',
      item({
        tier: 'A',
        signals: [
          { kind: 'wealth_enquiry' },
          { kind: 'investment', amountBand: band(5_000_000) },
          { kind: 'premium_card' },
          { kind: 'gold_forex_trading' },
        ],
      }),
      100,
    ],
    [
      'loss report scores nothing',
      item({ tier: 'C', signals: [{ kind: 'large_deposit_loss' }] }),
      15,
    ],
  ])('%s', (_name, r, score) => {
    expect(assessPotential(r, M).score).toBe(score);
  });

  it('names the signals that matter and flags a loss report as a retention case', () => {
    const codes = assessPotential(
      item({
        signals: [
          { kind: 'wealth_enquiry' },
          { kind: 'large_deposit_loss' },
          { kind: 'soft_appearance' },
        ],
      }),
      M,
    ).reasons.map((r) => r.code);
    expect(codes).toEqual(['tier_B', 'signal_wealth_enquiry', 'retention_risk']);
  });
});

describe('marketing cost', () => {
  const old = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
  it.each([
    ['meet now', item(), 30],
    ['visit', item({ handoff: 'card_handed', followUp: { channel: 'visit' } }), 50],
    ['phone', item({ handoff: 'card_handed', followUp: { channel: 'phone' } }), 15],
    ['wechat', item({ handoff: 'card_handed', followUp: { channel: 'wechat' } }), 10],
    [
      'client will call',
      item({ handoff: 'card_handed', followUp: { channel: 'client_will_call' }, consent: false }),
      5,
    ],
    [
      'phone without consent',
      item({ handoff: 'card_handed', followUp: { channel: 'phone' }, consent: false }),
      35,
    ],
    [
      'phone, 15 days old and still new',
      item({ handoff: 'card_handed', followUp: { channel: 'phone' }, createdAt: old(15) }),
      30,
    ],
    [
      'phone, 31 days old and still new',
      item({ handoff: 'card_handed', followUp: { channel: 'phone' }, createdAt: old(31) }),
      40,
    ],
    [
      'phone, 31 days old but contacted',
      item({
        handoff: 'card_handed',
        followUp: { channel: 'phone' },
        createdAt: old(31),
        status: 'contacted',
      }),
      10,
    ],
    [
      'visit, already met',
      item({ handoff: 'card_handed', followUp: { channel: 'visit' }, status: 'met' }),
      40,
    ],
    [
      'window opens in 10 days',
      item({
        handoff: 'card_handed',
        followUp: {
          channel: 'phone',
          windowStart: new Date(NOW.getTime() + 10 * 86_400_000).toISOString(),
        },
      }),
      25,
    ],
  ])('%s', (_name, r, score) => {
    expect(assessCost(r, NOW, M).score).toBe(score);
  });
});

describe('quadrants (domain brief: 速赢, 培养, 低优先, 放弃)', () => {
  it.each([
    [
      'A, ¥1M, meet now',
      item({ tier: 'A', signals: [{ kind: 'time_deposit', amountBand: band(1_000_000) }] }),
      'quick_win',
    ],
    [
      'B, ¥500k, home visit',
      item({
        signals: [{ kind: 'time_deposit', amountBand: band(500_000) }],
        handoff: 'card_handed',
        followUp: { channel: 'visit' },
      }),
      'cultivate',
    ],
    [
      'C, small, phone',
      item({
        tier: 'C',
        signals: [{ kind: 'large_cash', amountBand: band(50_000) }],
        handoff: 'card_handed',
        followUp: { channel: 'phone' },
      }),
      'low_priority',
    ],
    [
      'D, soft cue, home visit',
      item({
        tier: 'D',
        signals: [{ kind: 'soft_appearance' }],
        handoff: 'card_handed',
        followUp: { channel: 'visit' },
      }),
      'let_go',
    ],
    [
      'A with no consent for a call, gone cold',
      item({
        tier: 'A',
        signals: [{ kind: 'wealth_enquiry' }],
        handoff: 'card_handed',
        followUp: { channel: 'phone' },
        consent: false,
        createdAt: '2026-10-01T00:00:00Z',
      }),
      'cultivate',
    ],
  ])('%s', (_name, r, quadrant) => {
    const placement = place(r, NOW);
    expect(placement.quadrant).toBe(quadrant);
    expect(placement.reasons[0]?.code).toBe(quadrant);
    for (const reason of placement.reasons) {
      expect(reason.zh.length).toBeGreaterThan(0);
      expect(reason.en.length).toBeGreaterThan(0);
    }
  });

  it('a bank can tune the model', () => {
    const r = item({ tier: 'C', signals: [{ kind: 'large_cash', amountBand: band(200_000) }] });
    expect(place(r, NOW).quadrant).toBe('low_priority');
    expect(place(r, NOW, { ...M, highPotentialAt: 25 }).quadrant).toBe('quick_win');
  });
});
