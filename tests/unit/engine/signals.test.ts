import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { deriveSignals } from '../../../lib/detect/derive-signals';
import { parseCurrency, SIGNAL_KINDS, toCny, type SignalKind } from '../../../lib/signals';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';

function kindsFor(
  values: Record<string, string | null>,
  tellerCues: SignalKind[] = [],
  config = DEFAULT_TIERING_CONFIG,
) {
  return deriveSignals({ values, profile: demoProfile, config, tellerCues }).signals.map(
    (signal) => signal.kind,
  );
}

/** One row per signal kind: what the terminal shows → the kind that must fire. */
const everyKind: [SignalKind, Record<string, string | null>, SignalKind[]?][] = [
  ['large_cash', { businessType: '0103', amount: '80,000.00' }],
  ['remittance', { businessType: '0301', amount: '1,500,000.00' }],
  ['demand_deposit', { businessType: '0201', amount: '120,000.00' }],
  ['time_deposit', { businessType: '0102', amount: '600,000.00' }],
  ['forex', { businessType: '0401', amount: '150,000.00', currency: '美元 USD' }],
  ['gold_forex_trading', { businessType: '0403', amount: '280,000.00' }],
  ['deposit_certificate', { businessType: '0501', amount: '500,000.00' }],
  ['loan', { businessType: '0601', amount: '85,000.00' }],
  ['investment', { businessType: '0701', amount: '120,000.00' }],
  ['safe_deposit_box', { businessType: '0801' }],
  ['premium_card', { businessType: '1001', remarks: '客户出示他行VIP卡' }],
  ['wealth_enquiry', { businessType: '1001', remarks: '客户咨询理财产品' }],
  ['large_deposit_loss', { businessType: '0901', amount: '800,000.00' }],
  ['soft_appearance', { businessType: '1001' }, ['soft_appearance']],
  ['soft_residential_area', { businessType: '1001' }, ['soft_residential_area']],
];

describe('signals', () => {
  it('covers every signal kind', () => {
    expect(new Set(everyKind.map(([kind]) => kind))).toEqual(new Set(SIGNAL_KINDS));
  });

  it.each(everyKind)('%s fires', (kind, values, cues) => {
    expect(kindsFor(values, cues)).toEqual([kind]);
  });

  it.each([
    ['small cash withdrawal', { businessType: '0103', amount: '2,000.00' }],
    ['small demand deposit', { businessType: '0201', amount: '30,000.00' }],
    ['small loss report', { businessType: '0901', amount: '5,000.00' }],
    ['balance enquiry', { businessType: '1001' }],
    ['large cash with no amount yet', { businessType: '0101', amount: null }],
    ['unknown business type', { businessType: '9999', amount: '900,000.00' }],
  ])('%s: no signal', (_name, values) => {
    expect(kindsFor(values)).toEqual([]);
  });

  it('takes minimum amounts from the branch config', () => {
    const strict = { ...DEFAULT_TIERING_CONFIG, signalMinAmountCny: { large_cash: 100_000 } };
    expect(kindsFor({ businessType: '0103', amount: '80,000.00' }, [], strict)).toEqual([]);
    const lenient = { ...DEFAULT_TIERING_CONFIG, signalMinAmountCny: {} };
    expect(kindsFor({ businessType: '0103', amount: '2,000.00' }, [], lenient)).toEqual([
      'large_cash',
    ]);
  });

  it('matches business types by label as well as by code', () => {
    expect(kindsFor({ businessType: '定期整存整取', amount: '10,000.00' })).toEqual([
      'time_deposit',
    ]);
    expect(kindsFor({ businessType: '0102 定期整存整取' })).toEqual(['time_deposit']);
    expect(kindsFor({ businessType: '01021' })).toEqual([]);
  });

  it('carries the amount in CNY and as a band on business-type signals', () => {
    const [signal] = deriveSignals({
      values: { businessType: '0401', amount: '150,000.00', currency: '美元 USD' },
      profile: demoProfile,
      config: DEFAULT_TIERING_CONFIG,
    }).signals;
    expect(signal).toEqual({
      kind: 'forex',
      source: 'business_type',
      amountCny: 1_065_000,
      amountBand: { min: 200_000, max: 2_000_000 },
    });
  });

  it('falls back to the 大写 amount when the figures are unreadable', () => {
    const derived = deriveSignals({
      values: { businessType: '0102', amount: '6O0,000', amountWords: '人民币陆拾万元整' },
      profile: demoProfile,
      config: DEFAULT_TIERING_CONFIG,
    });
    expect(derived.amountCny).toBe(600_000);
  });

  it('notes an unreadable amount and a missing exchange rate instead of guessing', () => {
    const unreadable = deriveSignals({
      values: { businessType: '0103', amount: '八万多' },
      profile: demoProfile,
      config: DEFAULT_TIERING_CONFIG,
    });
    expect(unreadable.signals).toEqual([]);
    expect(unreadable.notes.map((note) => note.code)).toEqual(['amount_unreadable']);
    const noRate = deriveSignals({
      values: { businessType: '0401', amount: '150,000.00', currency: '泰铢 THB' },
      profile: demoProfile,
      config: DEFAULT_TIERING_CONFIG,
    });
    expect(noRate.amountCny).toBeNull();
    expect(noRate.notes.map((note) => note.code)).toEqual(['fx_rate_missing']);
    const withRate = deriveSignals({
      values: { businessType: '0401', amount: '150,000.00', currency: '泰铢 THB' },
      profile: demoProfile,
      config: { ...DEFAULT_TIERING_CONFIG, fxRatesToCny: { THB: 0.2 } },
    });
    expect(withRate.amountCny).toBe(30_000);
    const unknown = deriveSignals({
      values: { businessType: '0401', amount: '150,000.00', currency: '外币' },
      profile: demoProfile,
      config: DEFAULT_TIERING_CONFIG,
    });
    expect(unknown.amountCny).toBeNull();
    expect(unknown.notes.map((note) => note.code)).toEqual(['currency_unreadable']);
    const usdNoRate = deriveSignals({
      values: { businessType: '0401', amount: 'USD 150,000.00' },
      profile: demoProfile,
      config: { ...DEFAULT_TIERING_CONFIG, fxRatesToCny: {} },
    });
    expect(usdNoRate.amountCny).toBeNull();
    expect(usdNoRate.notes.map((note) => note.code)).toEqual(['fx_rate_missing']);
  });

  it('ignores teller cues the branch does not allow, and duplicates', () => {
    const config = { ...DEFAULT_TIERING_CONFIG, tellerCueKinds: ['soft_appearance' as const] };
    expect(
      kindsFor(
        {},
        ['soft_appearance', 'soft_residential_area', 'soft_appearance', 'large_cash'],
        config,
      ),
    ).toEqual(['soft_appearance']);
  });

  it('keeps one signal per kind when remarks and the teller say the same', () => {
    expect(kindsFor({ remarks: '出示白金卡' }, ['premium_card'])).toEqual(['premium_card']);
  });
});

describe('currency', () => {
  it.each([
    ['人民币 CNY', 'CNY'],
    ['美元 USD', 'USD'],
    ['欧元(EUR)', 'EUR'],
    ['港币 HKD', 'HKD'],
    ['日元 JPY', 'JPY'],
    ['英镑 GBP', 'GBP'],
    ['USD', 'USD'],
    ['美元 EUR', null],
    ['', null],
    ['外币', null],
  ])('parseCurrency(%j) = %j', (text, code) => {
    expect(parseCurrency(text)).toBe(code);
  });

  it('converts with configured rates and refuses unknown or broken ones', () => {
    expect(toCny({ value: 100, currency: 'USD' }, { USD: 7.1 })).toBe(710);
    expect(toCny({ value: 100, currency: 'CNY' }, {})).toBe(100);
    expect(toCny({ value: 100, currency: 'USD' }, {})).toBeNull();
    expect(toCny({ value: 100, currency: 'USD' }, { USD: -1 })).toBeNull();
  });
});
