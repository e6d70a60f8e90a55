/** The tiering rules, strongest first (docs/tiering.md). Any of them can be disabled per branch. */
export const TIER_RULE_IDS = [
  'existing_premium_level', // A
  'amount_tier_b', // B
  'strong_signal', // B
  'signal_combination', // B
  'amount_tier_c', // C
  'any_signal', // C
] as const;

export type TierRuleId = (typeof TIER_RULE_IDS)[number];
