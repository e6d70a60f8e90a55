/**
 * The business-name vocabulary (lib/signals/kind-vocabulary.ts) as `businessTypes` rules, for a
 * profile with `businessTypeDefaults: true`: one rule per name, longest name first (ties keep the
 * table's order), appended after the profile's own rules so those win.
 */
import type { TerminalProfile } from '../profile/schema';
import { KIND_VOCABULARY } from '../signals/kind-vocabulary';

type BusinessTypeRule = TerminalProfile['businessTypes'][number];

function namesLongestFirst(): BusinessTypeRule[] {
  const rules = KIND_VOCABULARY.flatMap((group) =>
    [...group.zh, ...group.en].map((name) => ({
      kinds: [...group.kinds],
      codes: [],
      labels: [name],
    })),
  );
  const length = (rule: BusinessTypeRule): number => rule.labels[0]?.length ?? 0;
  return rules.sort((a, b) => length(b) - length(a)); // Array#sort is stable
}

export const DEFAULT_BUSINESS_RULES: readonly BusinessTypeRule[] = namesLongestFirst();

/** The rules a profile's business types are matched with: its own, then (opted in) the defaults. */
export function businessRulesOf(
  profile: Pick<TerminalProfile, 'businessTypes' | 'businessTypeDefaults'>,
): readonly BusinessTypeRule[] {
  return profile.businessTypeDefaults
    ? [...profile.businessTypes, ...DEFAULT_BUSINESS_RULES]
    : profile.businessTypes;
}
