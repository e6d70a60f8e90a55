import { describe, expect, it } from 'vitest';
import type { SignalKind } from '../../../lib/signals/kinds';
import type { Signal } from '../../../lib/signals/types';
import { parseTieringConfig, type TieringConfig } from '../../../lib/tiering/config-schema';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { formatBandYuan } from '../../../lib/format/band';
import { amountBand } from '../../../lib/tiering/bands';
import { assignTier } from '../../../lib/tiering/rules';

const PREMIUM = ['金卡', '白金', '钻石', '私人银行'];

function signal(kind: SignalKind, amountCny: number | null = null): Signal {
  return { kind, source: 'business_type', amountCny, amountBand: null };
}

function tierOf(
  signals: Signal[],
  clientLevel: string | null = '普通',
  config: TieringConfig = DEFAULT_TIERING_CONFIG,
) {
  return assignTier({ signals, clientLevel, premiumLevels: PREMIUM }, config);
}

describe('tiering rules (defaults)', () => {
  it.each([
    // rule, signals, level, expected tier
    ['existing_premium_level', [], '钻石', 'A'],
    ['existing_premium_level', [], '私人银行客户', 'A'],
    ['amount_tier_b', [signal('time_deposit', 600_000)], '普通', 'B'],
    ['amount_tier_b', [signal('time_deposit', 200_000)], '普通', 'B'],
    ['strong_signal', [signal('premium_card')], '普通', 'B'],
    ['strong_signal', [signal('wealth_enquiry')], null, 'B'],
    [
      'signal_combination',
      [signal('safe_deposit_box'), signal('soft_appearance'), signal('soft_residential_area')],
      '普通',
      'B',
    ],
    ['amount_tier_c', [signal('investment', 120_000)], '普通', 'C'],
    ['amount_tier_c', [signal('large_cash', 50_000)], '普通', 'C'],
    ['any_signal', [signal('safe_deposit_box')], '普通', 'C'],
    ['any_signal', [signal('soft_appearance')], null, 'C'],
    ['no_signal', [], '普通', 'D'],
    ['no_signal', [], null, 'D'],
  ] as const)('%s → tier %s', (rule, signals, level, tier) => {
    const result = tierOf([...signals], level);
    expect(result.tier).toBe(tier);
    expect(result.reasons.map((reason) => reason.code)).toContain(rule);
    for (const reason of result.reasons) {
      expect(reason.zh).toMatch(/\p{Script=Han}/u);
      expect(reason.en).toMatch(/[a-z]/);
    }
  });

  it('an existing premium client stays A, and the other fired rules are still listed', () => {
    const result = tierOf([signal('time_deposit', 600_000)], '金卡');
    expect(result.tier).toBe('A');
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'existing_premium_level',
      'amount_tier_b',
    ]);
  });

  it('199,999.99 is C, 200,000 is B, 49,999 with a signal is C, with none D', () => {
    expect(tierOf([signal('time_deposit', 199_999.99)]).tier).toBe('C');
    expect(tierOf([signal('time_deposit', 200_000)]).tier).toBe('B');
    expect(tierOf([signal('time_deposit', 49_999)]).reasons.map((reason) => reason.code)).toEqual([
      'any_signal',
    ]);
  });

  it('a large-deposit loss report is a retention risk, not a sales signal', () => {
    const result = tierOf([signal('large_deposit_loss', 800_000)]);
    expect(result.retentionRisk).toBe(true);
    expect(result.reasons[0]?.code).toBe('retention_risk');
    expect(result.reasons.map((reason) => reason.code)).not.toContain('any_signal');
    expect(result.amountBand).toEqual({ min: 200_000, max: 2_000_000 });
    const small = tierOf([signal('large_deposit_loss', null)]);
    expect(small.tier).toBe('D');
    expect(small.retentionRisk).toBe(true);
  });

  it('never puts the exact amount in a reason, only the band', () => {
    const result = tierOf([signal('remittance', 1_534_567.89)]);
    const text = result.reasons.map((reason) => `${reason.zh} ${reason.en}`).join(' ');
    expect(text).not.toMatch(/1,?534,?567/);
    expect(text).toContain('¥200,000–¥2,000,000');
  });
});

describe('tiering thresholds come from the config', () => {
  it('moves the B threshold', () => {
    const config = { ...DEFAULT_TIERING_CONFIG, tierBMinAmountCny: 1_000_000 };
    expect(tierOf([signal('time_deposit', 600_000)], '普通', config).tier).toBe('C');
    expect(tierOf([signal('time_deposit', 1_000_000)], '普通', config).tier).toBe('B');
  });

  it('moves the C threshold', () => {
    const config = {
      ...DEFAULT_TIERING_CONFIG,
      tierCMinAmountCny: 10_000,
      disabledRules: ['any_signal' as const],
    };
    expect(tierOf([signal('time_deposit', 20_000)], '普通', config).tier).toBe('C');
    expect(tierOf([signal('time_deposit', 5_000)], '普通', config).tier).toBe('D');
  });

  it('changes the strong signals and the combination size', () => {
    const config = {
      ...DEFAULT_TIERING_CONFIG,
      strongSignalKinds: ['safe_deposit_box' as const],
      comboMinKinds: 2,
    };
    expect(tierOf([signal('safe_deposit_box')], '普通', config).tier).toBe('B');
    expect(tierOf([signal('premium_card')], '普通', config).tier).toBe('C');
    expect(tierOf([signal('loan'), signal('soft_appearance')], '普通', config).tier).toBe('B');
  });

  it('can disable a rule', () => {
    const config = {
      ...DEFAULT_TIERING_CONFIG,
      disabledRules: ['existing_premium_level' as const],
    };
    expect(tierOf([], '钻石', config).tier).toBe('D');
  });

  it('uses the configured band edges', () => {
    expect(amountBand(600_000, [100_000, 500_000, 1_000_000])).toEqual({
      min: 500_000,
      max: 1_000_000,
    });
    expect(amountBand(3_000_000, DEFAULT_TIERING_CONFIG.bandEdgesCny)).toEqual({
      min: 2_000_000,
      max: null,
    });
    expect(amountBand(10, DEFAULT_TIERING_CONFIG.bandEdgesCny)).toEqual({ min: 0, max: 50_000 });
    expect(formatBandYuan({ min: 2_000_000, max: null })).toBe('≥ ¥2,000,000');
    expect(formatBandYuan({ min: 0, max: 50_000 })).toBe('< ¥50,000');
  });
});

describe('parseTieringConfig', () => {
  it('fills defaults for keys left out', () => {
    const result = parseTieringConfig({ schemaVersion: 1, tierBMinAmountCny: 500_000 });
    expect(result.ok && result.config.tierBMinAmountCny).toBe(500_000);
    expect(result.ok && result.config.bandEdgesCny).toEqual([50_000, 100_000, 200_000, 2_000_000]);
  });

  it.each([
    [{ schemaVersion: 1, bandEdgesCny: [100, 50] }, 'bandEdgesCny.1'],
    [{ schemaVersion: 1, tierCMinAmountCny: 900_000 }, 'tierCMinAmountCny'],
    [{ schemaVersion: 1, strongSignalKinds: ['vip'] }, 'strongSignalKinds.0'],
    [{ schemaVersion: 1, fxRatesToCny: { usd: 7 } }, 'fxRatesToCny.usd'],
    [{ schemaVersion: 1, fxRatesToCny: { USD: -7 } }, 'fxRatesToCny.USD'],
    [{ schemaVersion: 1, disabledRules: ['everything'] }, 'disabledRules.0'],
    [{ schemaVersion: 1, tierBMinAmountCny: '200000' }, 'tierBMinAmountCny'],
    [{ schemaVersion: 1, surprise: true }, 'surprise'],
    [{ schemaVersion: 2 }, 'schemaVersion'],
  ])('%j is rejected at %s', (json, path) => {
    const result = parseTieringConfig(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.path)).toContain(path);
  });
});
