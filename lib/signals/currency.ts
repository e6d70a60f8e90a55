/**
 * Currency markers in amount and currency texts (the table and the reading of the ambiguous `$`
 * and `¥` are in currency-markers.ts), and conversion to CNY with configured rates.
 */
import { MARKERS, markerCurrency } from './currency-markers';

/** ISO 4217 code, e.g. "CNY", "USD". */
export type CurrencyCode = string;

const LATIN = /^[A-Za-z]$/;
/** "元"/"円" follow the figure ("100元"); "元100" is not an amount. */
const TRAILING_ONLY = new Set(['元', '円']);

function isLatinWord(marker: string): boolean {
  return /^[A-Z]+$/.test(marker);
}

/**
 * A currency marker at the start of `text`, and the rest (trimmed). `context` is the currency
 * the screen implies otherwise (it decides what a bare `$` or `¥` means).
 */
export function takeLeadingCurrency(
  text: string,
  context?: CurrencyCode | null,
): { code: CurrencyCode; rest: string } | null {
  for (const marker of MARKERS) {
    if (TRAILING_ONLY.has(marker) || !text.toUpperCase().startsWith(marker.toUpperCase())) continue;
    const next = text.charAt(marker.length);
    if (isLatinWord(marker) && LATIN.test(next)) continue; // "USDT" is not "USD"
    const code = markerCurrency(marker, context);
    if (code) return { code, rest: text.slice(marker.length).trim() };
  }
  return null;
}

/** A currency marker at the end of `text`, and the rest (trimmed); `context` as above. */
export function takeTrailingCurrency(
  text: string,
  context?: CurrencyCode | null,
): { code: CurrencyCode; rest: string } | null {
  for (const marker of MARKERS) {
    if (!text.toUpperCase().endsWith(marker.toUpperCase())) continue;
    const before = text.charAt(text.length - marker.length - 1);
    if (isLatinWord(marker) && LATIN.test(before)) continue;
    const code = markerCurrency(marker, context);
    if (code) return { code, rest: text.slice(0, text.length - marker.length).trim() };
  }
  return null;
}

/**
 * The currency a currency field shows ("美元 USD", "人民币(CNY)", "EUR"), or null when it shows
 * none or two different ones. `context` (the profile's default currency) decides a bare `$`/`¥`.
 */
export function parseCurrency(
  text: string | null | undefined,
  context?: CurrencyCode | null,
): CurrencyCode | null {
  if (!text) return null;
  const tokens = text
    .normalize('NFKC')
    .split(/[\s()[\]/|,，、-]+/)
    .filter(Boolean);
  const codes = new Set<CurrencyCode>();
  for (const token of tokens) {
    const code = markerCurrency(token, context);
    if (code) codes.add(code);
  }
  if (codes.size !== 1) return null;
  const [only] = codes;
  return only ?? null;
}

/** Rates as "1 unit of the currency = N CNY". */
export type RatesToCny = Readonly<Record<CurrencyCode, number>>;

/** The amount in CNY, rounded to the fen, or null when no positive rate is configured. */
export function toCny(
  amount: { value: number; currency: CurrencyCode },
  rates: RatesToCny,
): number | null {
  if (amount.currency === 'CNY') return amount.value;
  const rate = rates[amount.currency];
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) return null;
  return Math.round(amount.value * rate * 100) / 100;
}
