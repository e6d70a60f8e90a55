import type { Extraction } from '../profile/extract';
import type { Explanation } from '../signals/types';

/** Fields whose absence weakens the tier (a missing 存期 on a cash form does not). */
const SIGNAL_FIELDS = ['businessType', 'amount', 'currency', 'remarks', 'clientLevel'];

/**
 * 1 = every field the tier depends on was read. Missing required fields cost 0.25 each, other
 * tier-relevant missing fields 0.1, unreadable amounts/missing rates 0.2, broken selectors 0.1.
 */
export function confidenceOf(
  extraction: Extraction,
  requiredKeys: ReadonlySet<string>,
  notes: readonly Explanation[],
): number {
  const optionalMissing = extraction.missing.filter(
    (key) => !requiredKeys.has(key) && SIGNAL_FIELDS.includes(key),
  );
  const score =
    1 -
    0.25 * extraction.missingRequired.length -
    0.1 * optionalMissing.length -
    0.2 * notes.length -
    0.1 * extraction.invalidSelectors.length;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
