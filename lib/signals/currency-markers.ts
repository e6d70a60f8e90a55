/**
 * How currency markers on a terminal are read: one table, shared by the amount parser and the
 * currency-field reader, and documented in docs/terminals/currencies.md.
 *
 * Two signs are written by several currencies. `$` is the dollar of the context (the currency
 * field, else the profile's `defaultCurrency`) when that is a dollar currency, else USD. `¥`/`￥`
 * is JPY when the context is JPY, else CNY (these are Chinese terminals). Every other marker
 * names one currency whatever the context.
 */
import type { CurrencyCode } from './currency';

/** Currencies written with a bare `$` in their own country. */
export const DOLLAR_CURRENCIES: readonly CurrencyCode[] = [
  'USD',
  'HKD',
  'TWD',
  'SGD',
  'AUD',
  'CAD',
  'NZD',
];

interface AmbiguousSign {
  /** Read as the context currency when it is one of these… */
  candidates: readonly CurrencyCode[];
  /** …else as this one. */
  fallback: CurrencyCode;
}

/** Signs several currencies write (after NFKC: `＄` → `$`, `￥` → `¥`). */
export const AMBIGUOUS_SIGNS: Readonly<Record<string, AmbiguousSign>> = {
  $: { candidates: DOLLAR_CURRENCIES, fallback: 'USD' },
  '¥': { candidates: ['CNY', 'JPY'], fallback: 'CNY' },
};

/** Markers that name exactly one currency. */
const UNAMBIGUOUS: ReadonlyArray<readonly [string, CurrencyCode]> = [
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['元', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['USD', 'USD'],
  ['US$', 'USD'],
  ['欧元', 'EUR'],
  ['EUR', 'EUR'],
  ['€', 'EUR'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['HKD', 'HKD'],
  ['HK$', 'HKD'],
  ['新台币', 'TWD'],
  ['TWD', 'TWD'],
  ['NT$', 'TWD'],
  ['日元', 'JPY'],
  ['日币', 'JPY'],
  ['JPY', 'JPY'],
  ['JP¥', 'JPY'],
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
  ['新西兰元', 'NZD'],
  ['NZD', 'NZD'],
  ['NZ$', 'NZD'],
  ['瑞士法郎', 'CHF'],
  ['CHF', 'CHF'],
];

/** Every marker, longest first, so "HK$" wins over "$", "JP¥" over "¥" and "美元" over "元". */
export const MARKERS: readonly string[] = [
  ...UNAMBIGUOUS.map(([marker]) => marker),
  ...Object.keys(AMBIGUOUS_SIGNS),
].sort((a, b) => b.length - a.length);

const CODES = new Map(UNAMBIGUOUS.map(([marker, code]) => [marker.toUpperCase(), code]));

/**
 * The currency a marker stands for, given the context currency (the currency field, else the
 * profile's default); null for text that is not a marker.
 */
export function markerCurrency(
  marker: string,
  context: CurrencyCode | null | undefined,
): CurrencyCode | null {
  const sign = AMBIGUOUS_SIGNS[marker];
  if (sign) return context && sign.candidates.includes(context) ? context : sign.fallback;
  return CODES.get(marker.toUpperCase()) ?? null;
}
