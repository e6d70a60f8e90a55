import type { TerminalProfile } from '../profile/schema';
import type { SignalKind } from '../signals/kinds';

type BusinessTypeRule = TerminalProfile['businessTypes'][number];

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function codeMatches(value: string, code: string): boolean {
  if (!value.startsWith(code)) return false;
  return !/^[0-9A-Za-z]/.test(value.slice(code.length)); // "0102 定期" yes, "01023" no
}

/**
 * The signal kind for the business type the terminal shows, by code ("0102", "0102 定期整存整取")
 * or by label (contained in the text). The first matching rule wins, so list specific labels first.
 */
export function businessTypeKind(
  value: string | null,
  rules: readonly BusinessTypeRule[],
): SignalKind | null {
  if (!value) return null;
  const text = normalize(value);
  for (const rule of rules) {
    if (rule.codes.some((code) => codeMatches(text, normalize(code)))) return rule.kind;
    if (rule.labels.some((label) => text.includes(normalize(label)))) return rule.kind;
  }
  return null;
}
