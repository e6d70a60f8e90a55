/**
 * The cross-key checks of a `businessTypes` rule (kept out of schema.ts so the schema stays a
 * list of shapes): exactly one of `kind` / `kinds`, no kind twice, something to match.
 */
import type { SignalKind } from '../signals/kinds';

interface RuleShape {
  kind?: SignalKind | undefined;
  kinds?: readonly SignalKind[] | undefined;
  codes: readonly string[];
  labels: readonly string[];
}

export interface RuleIssue {
  message: string;
  path: (string | number)[];
}

export function businessTypeRuleIssues(rule: RuleShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (rule.kind !== undefined && rule.kinds !== undefined) {
    issues.push({
      message: `give either "kind" (one signal kind) or "kinds" (several), not both`,
      path: ['kinds'],
    });
  } else if (rule.kind === undefined && rule.kinds === undefined) {
    issues.push({
      message: `needs a "kind" (one signal kind) or "kinds" (several, e.g. ["remittance", "forex"])`,
      path: ['kind'],
    });
  }
  (rule.kinds ?? []).forEach((kind, index) => {
    if (rule.kinds?.indexOf(kind) !== index) {
      issues.push({ message: `lists "${kind}" twice`, path: ['kinds', index] });
    }
  });
  if (rule.codes.length + rule.labels.length === 0) {
    issues.push({ message: 'needs at least one code or label', path: ['codes'] });
  }
  return issues;
}

/** The kinds a validated rule gives: its `kinds`, or its one `kind`. */
export function ruleKinds(rule: Pick<RuleShape, 'kind' | 'kinds'>): readonly SignalKind[] {
  return rule.kinds ?? (rule.kind ? [rule.kind] : []);
}
