/**
 * Compares one `--expect` check with what was read: one readable line per difference
 * ("tier: expected B, got D"), none when the check passes.
 */
import type { PageReading } from './read-page';
import type { ExpectCheck } from './expect-schema';

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '(none)');

function setDiff(label: string, expected: readonly string[], actual: readonly string[]): string[] {
  const missing = expected.filter((item) => !actual.includes(item));
  const unexpected = actual.filter((item) => !expected.includes(item));
  if (missing.length === 0 && unexpected.length === 0) return [];
  const parts = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(unexpected.length > 0 ? [`unexpected ${unexpected.join(', ')}`] : []),
  ];
  return [`${label}: ${parts.join('; ')}`];
}

function scalar(
  label: string,
  expected: string | boolean | undefined,
  actual: string | boolean,
): string[] {
  return expected === undefined || expected === actual
    ? []
    : [`${label}: expected ${String(expected)}, got ${String(actual)}`];
}

export function checkReading(check: ExpectCheck, reading: PageReading): string[] {
  const { result } = reading;
  const failures = scalar('tier', check.tier, result.tier);
  if (check.signals) {
    const kinds = [...new Set(result.signals.map((signal) => signal.kind))];
    failures.push(...setDiff('signals', check.signals, kinds));
  }
  const absent = (check.fieldsPresent ?? []).flatMap((key) =>
    result.fields[key] != null
      ? []
      : [
          result.missingFields.includes(key)
            ? `${key} is missing`
            : `${key} was found but is empty`,
        ],
  );
  if (absent.length > 0) failures.push(`fieldsPresent: ${absent.join(', ')}`);
  const found = (check.fieldsMissing ?? []).filter((key) => !result.missingFields.includes(key));
  if (found.length > 0)
    failures.push(`fieldsMissing: ${found.map((key) => `${key} was found`).join(', ')}`);
  if (check.missingRequired) {
    const expected = [...check.missingRequired].sort();
    const actual = [...result.missingRequired].sort();
    if (expected.join('\n') !== actual.join('\n'))
      failures.push(`missingRequired: expected ${list(expected)}, got ${list(actual)}`);
  }
  failures.push(
    ...scalar('transactionComplete', check.transactionComplete, result.transactionComplete),
  );
  failures.push(...scalar('clientLinked', check.clientLinked, reading.clientLinked));
  return failures;
}
