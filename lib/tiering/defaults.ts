import type { TieringConfig } from './config-schema';

/**
 * Default branch configuration. The reasoning behind each figure is in docs/tiering.md; every
 * branch can override any of it (thresholds differ per bank and branch).
 */
export const DEFAULT_TIERING_CONFIG: TieringConfig = {
  schemaVersion: 1,
  // Financial-asset bands used by large Chinese banks: ¥50k / ¥100k / ¥200k / ¥2M.
  bandEdgesCny: [50_000, 100_000, 200_000, 2_000_000],
  tierBMinAmountCny: 200_000,
  tierCMinAmountCny: 50_000,
  // These business types only count as a signal from this amount on (¥50k: PBoC large-cash line).
  signalMinAmountCny: {
    large_cash: 50_000,
    remittance: 50_000,
    demand_deposit: 50_000,
    large_deposit_loss: 50_000,
  },
  strongSignalKinds: ['premium_card', 'wealth_enquiry'],
  comboMinKinds: 3,
  retentionKinds: ['large_deposit_loss'],
  tellerCueKinds: ['premium_card', 'wealth_enquiry', 'soft_appearance', 'soft_residential_area'],
  // Indicative only: configure the branch's own rates.
  fxRatesToCny: {
    USD: 7.1,
    EUR: 8.2,
    HKD: 0.91,
    JPY: 0.048,
    GBP: 9.5,
    AUD: 4.7,
    CAD: 5.2,
    SGD: 5.5,
    CHF: 8.9,
  },
  fxRatesAsOf: '2025-06',
  disabledRules: [],
};
