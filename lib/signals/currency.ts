/**
 * Currency markers as Chinese terminals show them, and conversion to CNY with configured rates.
 * `¥`/`￥` means CNY here (a Chinese terminal); yen is written 日元, 円 or JPY.
 */

/** ISO 4217 code, e.g. "CNY", "USD". */
export type CurrencyCode = string;

/** Marker → code. Longer markers are tried first, so "HK$" wins over "$" and "美元" over "元". */
const MARKERS: ReadonlyArray<readonly [string, CurrencyCode]> = (
  [
    ['人民币', 'CNY'],
    ['RMB', 'CNY'],
    ['CNY', 'CNY'],
    ['¥', 'CNY'],
    ['元', 'CNY'],
    ['美元', 'USD'],
    ['美金', 'USD'],
    ['USD', 'USD'],
    ['US$', 'USD'],
    ['$', 'USD'],
    ['欧元', 'EUR'],
    ['EUR', 'EUR'],
    ['€', 'EUR'],
    ['港币', 'HKD'],
    ['港元', 'HKD'],
    ['HKD', 'HKD'],
    ['HK$', 'HKD'],
    ['日元', 'JPY'],
    ['日币', 'JPY'],
    ['JPY', 'JPY'],
    ['円', 'JPY'],
    ['英镑', 'GBP'],
    ['GBP', 'GBP'],
    ['£', 'GBP'],
    ['澳元', 'AUD'],
    ['AUD', 'AUD'],
    ['A$', 'AUD'],
    ['加元', 'CAD'],
    ['CAD', 'CAD'],
    ['C$', 'CAD'],
    ['新加坡元', 'SGD'],
    ['SGD', 'SGD'],
    ['S$', 'SGD'],
    ['瑞士法郎', 'CHF'],
    ['CHF', 'CHF'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const LATIN = /^[A-Za-z]$/;
/** "元"/"円" follow the figure ("100元"); "元100" is not an amount. */
const TRAILING_ONLY = new Set(['元', '円']);

function isLatinWord(marker: string): boolean {
  return /^[A-Z]+$/.test(marker);
}

/** A currency marker at the start of `text`, and the rest (trimmed). */
export function takeLeadingCurrency(text: string): { code: CurrencyCode; rest: string } | null {
  for (const [marker, code] of MARKERS) {
    if (TRAILING_ONLY.has(marker) || !text.toUpperCase().startsWith(marker.toUpperCase())) continue;
    const next = text.charAt(marker.length);
    if (isLatinWord(marker) && LATIN.test(next)) continue; // "USDT" is not "USD"
    return { code, rest: text.slice(marker.length).trim() };
  }
  return null;
}

/** A currency marker at the end of `text`, and the rest (trimmed). */
export function takeTrailingCurrency(text: string): { code: CurrencyCode; rest: string } | null {
  for (const [marker, code] of MARKERS) {
    if (!text.toUpperCase().endsWith(marker.toUpperCase())) continue;
    const before = text.charAt(text.length - marker.length - 1);
    if (isLatinWord(marker) && LATIN.test(before)) continue;
    return { code, rest: text.slice(0, text.length - marker.length).trim() };
  }
  return null;
}

const MARKER_CODES = new Map(MARKERS.map(([marker, code]) => [marker.toUpperCase(), code]));

/**
 * The currency a currency field shows ("美元 USD", "人民币(CNY)", "EUR"), or null when it shows
 * none or two different ones.
 */
export function parseCurrency(text: string | null | undefined): CurrencyCode | null {
  if (!text) return null;
  const tokens = text
    .normalize('NFKC')
    .split(/[\s()[\]/|,，、-]+/)
    .filter(Boolean);
  const codes = new Set<CurrencyCode>();
  for (const token of tokens) {
    const code = MARKER_CODES.get(token.toUpperCase());
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
