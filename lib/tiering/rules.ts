/**
 * A/B/C/D tiering (docs/tiering.md). Each rule looks at the signals and the client's level and,
 * when it fires, gives a tier and a reason; the strongest tier wins and every fired rule's reason
 * is kept, so each tier says why. No zod here: the content script imports this file.
 */
import type { AmountBand, SignalKind, Tier } from '../signals/kinds';
import type { Signal } from '../signals/types';
import type { TieringConfig } from './config-schema';
import type { TierRuleId } from './rule-ids';
import { amountBand } from './bands';
import { reasons, type TierReason } from './reasons';
import { strongerTier } from './tier-names';

export interface TierInput {
  signals: readonly Signal[];
  /** The client's level as the terminal shows it (e.g. 钻石), or null. */
  clientLevel: string | null;
  /** Levels that make an existing premium client (from the profile), matched as substrings. */
  premiumLevels: readonly string[];
}

export interface TierResult {
  tier: Tier;
  reasons: TierReason[];
  /** Band of the largest amount behind the signals, never the figure itself. */
  amountBand: AmountBand | null;
  /** A large-deposit loss report: show a retention cue, not a sales cue. */
  retentionRisk: boolean;
}

type TierConfig = Pick<
  TieringConfig,
  | 'bandEdgesCny'
  | 'tierBMinAmountCny'
  | 'tierCMinAmountCny'
  | 'strongSignalKinds'
  | 'comboMinKinds'
  | 'retentionKinds'
  | 'disabledRules'
>;

interface Facts {
  level: string | null;
  premiumLevels: readonly string[];
  kinds: SignalKind[];
  salesKinds: SignalKind[];
  maxAmountCny: number | null;
}

type Rule = (facts: Facts, config: TierConfig) => TierReason | null;

const band = (facts: Facts, config: TierConfig): AmountBand =>
  amountBand(facts.maxAmountCny ?? 0, config.bandEdgesCny);

/** Strongest first; `amount_tier_c` and `any_signal` only speak when no B rule has. */
const RULES: ReadonlyArray<readonly [TierRuleId, Rule]> = [
  [
    'existing_premium_level',
    (facts) =>
      facts.level && facts.premiumLevels.some((level) => facts.level?.includes(level))
        ? reasons.existingPremium(facts.level)
        : null,
  ],
  [
    'amount_tier_b',
    (facts, config) =>
      facts.maxAmountCny !== null && facts.maxAmountCny >= config.tierBMinAmountCny
        ? reasons.amountTierB(band(facts, config), config.tierBMinAmountCny)
        : null,
  ],
  [
    'strong_signal',
    (facts, config) => {
      const strong = facts.salesKinds.filter((kind) => config.strongSignalKinds.includes(kind));
      return strong.length > 0 ? reasons.strongSignal(strong) : null;
    },
  ],
  [
    'signal_combination',
    (facts, config) =>
      facts.salesKinds.length >= config.comboMinKinds
        ? reasons.combination(facts.salesKinds)
        : null,
  ],
  [
    'amount_tier_c',
    (facts, config) =>
      facts.maxAmountCny !== null && facts.maxAmountCny >= config.tierCMinAmountCny
        ? reasons.amountTierC(band(facts, config), config.tierCMinAmountCny)
        : null,
  ],
  [
    'any_signal',
    (facts) => (facts.salesKinds.length > 0 ? reasons.anySignal(facts.salesKinds) : null),
  ],
];

function factsOf(input: TierInput, config: TierConfig): Facts {
  const kinds = [...new Set(input.signals.map((signal) => signal.kind))];
  const amounts = input.signals.flatMap((signal) =>
    signal.amountCny === null ? [] : [signal.amountCny],
  );
  return {
    level: input.clientLevel,
    premiumLevels: input.premiumLevels,
    kinds,
    salesKinds: kinds.filter((kind) => !config.retentionKinds.includes(kind)),
    maxAmountCny: amounts.length > 0 ? Math.max(...amounts) : null,
  };
}

/** Tier, reasons (zh + en), amount band and retention flag for one client. */
export function assignTier(input: TierInput, config: TierConfig): TierResult {
  const facts = factsOf(input, config);
  const fired: TierReason[] = [];
  let tier: Tier = 'D';
  for (const [id, rule] of RULES) {
    if (config.disabledRules.includes(id)) continue;
    const reason = rule(facts, config);
    if (!reason?.tier) continue;
    if (reason.tier === 'C' && fired.some((earlier) => earlier.tier === 'B')) continue;
    fired.push(reason);
    tier = strongerTier(tier, reason.tier);
  }
  const retentionRisk = facts.kinds.some((kind) => config.retentionKinds.includes(kind));
  const all = [
    ...(retentionRisk ? [reasons.retention()] : []),
    ...(fired.length > 0 ? fired : [reasons.noSignal()]),
  ];
  return {
    tier,
    reasons: all,
    amountBand:
      facts.maxAmountCny === null ? null : amountBand(facts.maxAmountCny, config.bandEdgesCny),
    retentionRisk,
  };
}
