import type { TerminalProfile } from '../profile/schema';
import type { SignalKind } from '../signals/kinds';

type RemarksRule = TerminalProfile['remarksRules'][number];

const compiled = new Map<string, RegExp | null>();

function regexFor(rule: RemarksRule): RegExp | null {
  const key = `${rule.flags}/${rule.pattern}`;
  if (!compiled.has(key)) {
    let regex: RegExp | null;
    try {
      regex = new RegExp(rule.pattern, rule.flags.replace(/[gy]/g, ''));
    } catch {
      regex = null; // the schema rejects these; a profile that slipped through just never matches
    }
    compiled.set(key, regex);
  }
  return compiled.get(key) ?? null;
}

/** Kinds whose keyword rule matches the free text a teller typed (e.g. 备注 "客户出示他行VIP卡"). */
export function remarksKinds(
  values: Readonly<Record<string, string | null>>,
  rules: readonly RemarksRule[],
): SignalKind[] {
  const kinds: SignalKind[] = [];
  for (const rule of rules) {
    const text = rule.fields.map((key) => values[key] ?? '').join('\n');
    if (text.trim() === '' || kinds.includes(rule.kind)) continue;
    if (regexFor(rule)?.test(text)) kinds.push(rule.kind);
  }
  return kinds;
}
