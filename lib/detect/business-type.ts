import { ruleKinds } from '../profile/business-type-rule';
import type { TerminalProfile } from '../profile/schema';
import type { SignalKind } from '../signals/kinds';

type BusinessTypeRule = TerminalProfile['businessTypes'][number];

/** NFKC, whitespace collapsed, lower case (so Latin names match in any case; CJK is unchanged). */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const WORD_CHAR = /^[0-9a-z]$/;

function codeMatches(value: string, code: string): boolean {
  if (!value.startsWith(code)) return false;
  return !WORD_CHAR.test(value.charAt(code.length)); // "0102 定期" yes, "01023" no
}

/**
 * `label` inside `text`; where the label starts or ends with a Latin letter or digit, only as a
 * whole word there ("CD" in "CD Renewal", not in "CDROM"; "wire" not in "wireless").
 */
function labelMatches(text: string, label: string): boolean {
  if (label === '') return false;
  const startsWord = WORD_CHAR.test(label.charAt(0));
  const endsWord = WORD_CHAR.test(label.charAt(label.length - 1));
  for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + 1)) {
    if (startsWord && WORD_CHAR.test(text.charAt(at - 1))) continue;
    if (endsWord && WORD_CHAR.test(text.charAt(at + label.length))) continue;
    return true;
  }
  return false;
}

/**
 * The signal kinds for the business type the terminal shows, by code ("0102", "0102 定期整存整取")
 * or by label (contained in the text, ignoring case). The first matching rule wins — so list
 * specific labels first — and gives all its kinds (an international wire: remittance and forex).
 */
export function businessTypeKinds(
  value: string | null,
  rules: readonly BusinessTypeRule[],
): readonly SignalKind[] {
  if (!value) return [];
  const text = normalize(value);
  for (const rule of rules) {
    if (rule.codes.some((code) => codeMatches(text, normalize(code)))) return ruleKinds(rule);
    if (rule.labels.some((label) => labelMatches(text, normalize(label)))) return ruleKinds(rule);
  }
  return [];
}
