/**
 * Arabic-digit amounts: "1234567.89", "1,234,567.89", "1 234 567.89", "123.45万", "1.2亿", and —
 * only when the caller says the currency is written that way — "9.000,00".
 * Anything ambiguous ("1.234,5" in dot-decimal mode, "1,23", three decimals) is null, not a guess.
 */

const MULTIPLIERS: Readonly<Record<string, number>> = {
  '': 1,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

const DOT_DECIMAL = /^(0|[1-9]\d{0,2}(?:([, ])\d{3})(?:\2\d{3})*|[1-9]\d*)(?:\.(\d+))?$/;
const COMMA_DECIMAL = /^(0|[1-9]\d{0,2}(?:([. ])\d{3})(?:\2\d{3})*|[1-9]\d*)(?:,(\d+))?$/;
const UNIT = /^(.*?)(千|万|十万|百万|千万|亿)?$/;

const MAX_INTEGER_DIGITS = 15;

/** Parses an unsigned decimal number with an optional 万/亿-style unit. */
export function parseArabicAmount(body: string, decimalComma: boolean): number | null {
  const unitMatch = UNIT.exec(body);
  if (!unitMatch) return null;
  const digits = (unitMatch[1] ?? '').trim();
  const multiplier = MULTIPLIERS[unitMatch[2] ?? ''] ?? 1;
  const match = (decimalComma ? COMMA_DECIMAL : DOT_DECIMAL).exec(digits);
  if (!match) return null;
  const integer = (match[1] ?? '').replace(/[,. ]/g, '');
  const fraction = match[3] ?? '';
  // Without a unit, money has at most 2 decimals; "1.234" could be a European 1234.
  if (multiplier === 1 && fraction.length > 2) return null;
  if (fraction.length > 8 || integer.length > MAX_INTEGER_DIGITS) return null;
  const value = Number(`${integer}.${fraction || '0'}`) * multiplier;
  if (!Number.isFinite(value) || value >= 10 ** MAX_INTEGER_DIGITS) return null;
  return Math.round(value * 100) / 100;
}
