import { describe, expect, it } from 'vitest';
import { deriveSignals } from '../../../lib/detect/derive-signals';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';

function profileWith(extra: Record<string, unknown>): unknown {
  return {
    schemaVersion: 1,
    id: 'us-core',
    name: 'US core teller',
    version: '1',
    matches: ['https://teller.bank.example/*'],
    fields: { businessType: { label: 'Transaction Type' }, amount: { label: 'Amount' } },
    ...extra,
  };
}

function errorsOf(extra: Record<string, unknown>): string[] {
  const result = parseProfile(profileWith(extra));
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

describe('a business type rule with several kinds', () => {
  it('accepts "kinds" as well as "kind"', () => {
    const result = parseProfile(
      profileWith({
        businessTypes: [
          { kinds: ['remittance', 'forex'], labels: ['International Wire'] },
          { kind: 'time_deposit', codes: ['2102'] },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.profile.businessTypes[0]).toEqual({
      kinds: ['remittance', 'forex'],
      codes: [],
      labels: ['International Wire'],
    });
  });

  it.each([
    [
      'both kind and kinds',
      { kind: 'forex', kinds: ['remittance'], labels: ['Wire'] },
      'businessTypes.0.kinds: give either "kind" (one signal kind) or "kinds" (several), not both',
    ],
    [
      'neither',
      { labels: ['Wire'] },
      'businessTypes.0.kind: needs a "kind" (one signal kind) or "kinds" (several, e.g. ["remittance", "forex"])',
    ],
    [
      'an empty kinds list',
      { kinds: [], labels: ['Wire'] },
      'businessTypes.0.kinds: must list at least one kind',
    ],
    [
      'a kind twice',
      { kinds: ['forex', 'remittance', 'forex'], labels: ['Wire'] },
      'businessTypes.0.kinds.2: lists "forex" twice',
    ],
    [
      'nothing to match',
      { kinds: ['forex'] },
      'businessTypes.0.codes: needs at least one code or label',
    ],
  ])('rejects %s', (_name, rule, error) => {
    expect(errorsOf({ businessTypes: [rule] })).toEqual([error]);
  });

  it('rejects an unknown kind in the list, naming where', () => {
    const [error] = errorsOf({ businessTypes: [{ kinds: ['remittance', 'wire'], labels: ['W'] }] });
    expect(error).toMatch(/^businessTypes\.0\.kinds\.1: Invalid option/);
  });
});

describe('profile defaultCurrency and businessTypeDefaults', () => {
  it.each([
    [{ defaultCurrency: 'usd' }, 'defaultCurrency: must be an ISO currency code like USD'],
    [{ defaultCurrency: 'US$' }, 'defaultCurrency: must be an ISO currency code like USD'],
    [
      { businessTypeDefaults: 'yes' },
      'businessTypeDefaults: Invalid input: expected boolean, received string',
    ],
  ])('rejects %j', (extra, error) => {
    expect(errorsOf(extra)).toEqual([error]);
  });

  it('leaves both out of a profile that does not set them', () => {
    const result = parseProfile(profileWith({}));
    expect(result.ok && 'defaultCurrency' in result.profile).toBe(false);
    expect(result.ok && 'businessTypeDefaults' in result.profile).toBe(false);
  });
});

type Profile = Pick<
  TerminalProfile,
  | 'businessTypes'
  | 'businessTypeDefaults'
  | 'remarksRules'
  | 'decimalCommaCurrencies'
  | 'defaultCurrency'
>;

const wire: Profile = {
  businessTypes: [{ kinds: ['remittance', 'forex'], codes: [], labels: ['International Wire'] }],
  remarksRules: [],
  decimalCommaCurrencies: [],
  defaultCurrency: 'USD',
};

function derive(values: Record<string, string | null>, profile: Profile = wire) {
  return deriveSignals({ values, profile, config: DEFAULT_TIERING_CONFIG });
}

describe('deriving several kinds from one business type', () => {
  it('gives each kind the amount', () => {
    const { signals, amountCny } = derive({
      businessType: 'International Wire',
      amount: '$250,000.00',
    });
    expect(amountCny).toBe(1_775_000); // USD 7.1 in the default rates
    expect(signals).toEqual(
      (['remittance', 'forex'] as const).map((kind) => ({
        kind,
        source: 'business_type',
        amountCny: 1_775_000,
        amountBand: { min: 200_000, max: 2_000_000 },
      })),
    );
  });

  it('checks each kind against its own minimum amount', () => {
    // remittance needs ¥50,000 by default; forex has no minimum
    const small = derive({ businessType: 'International Wire', amount: '$5,000.00' });
    expect(small.signals.map((signal) => signal.kind)).toEqual(['forex']);
    const strict = deriveSignals({
      values: { businessType: 'International Wire', amount: '$250,000.00' },
      profile: wire,
      config: { ...DEFAULT_TIERING_CONFIG, signalMinAmountCny: { forex: 2_000_000 } },
    });
    expect(strict.signals.map((signal) => signal.kind)).toEqual(['remittance']);
  });

  it('reads an amount with no currency in the profile’s default currency', () => {
    expect(derive({ businessType: 'International Wire', amount: '250,000.00' }).amountCny).toBe(
      1_775_000,
    );
    const cny = derive(
      { businessType: 'International Wire', amount: '250,000.00' },
      { ...wire, defaultCurrency: undefined },
    );
    expect(cny.amountCny).toBe(250_000);
    // the currency field still beats the profile's default
    expect(
      derive({ businessType: 'International Wire', amount: '250,000.00', currency: 'EUR' })
        .amountCny,
    ).toBe(2_050_000);
  });

  it('uses the default business names when the profile opts in', () => {
    const values = { businessType: 'Outgoing International Wire', amount: '$250,000.00' };
    const off = derive(values, { ...wire, businessTypes: [] });
    expect(off.signals).toEqual([]);
    const on = derive(values, { ...wire, businessTypes: [], businessTypeDefaults: true });
    expect(on.signals.map((signal) => signal.kind)).toEqual(['remittance', 'forex']);
  });
});
