import { hasChineseNumerals, parseChineseAmount } from './amount-chinese';
import { parseArabicAmount } from './amount-number';
import { takeLeadingCurrency, takeTrailingCurrency, type CurrencyCode } from './currency';

export interface ParsedAmount {
  /** Non-negative, finite, rounded to 2 decimals, in `currency`. */
  value: number;
  currency: CurrencyCode;
}

export interface ParseAmountOptions {
  /**
   * Currency when the text names none (the terminal's 币种 field, else the profile's default).
   * Default CNY. It also decides a bare `$` (this currency if it is a dollar, else USD) and `¥`
   * (JPY if this is JPY, else CNY).
   */
  defaultCurrency?: CurrencyCode | null;
  /** Currencies the terminal writes with a decimal comma ("€9.000,00"), per the profile. */
  decimalCommaCurrencies?: readonly CurrencyCode[];
}

const MAX_INPUT_LENGTH = 80;

/** Full-width digits and punctuation → ASCII, ￥ → ¥, any whitespace → one space. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

interface Marked {
  body: string;
  currencies: Set<CurrencyCode>;
}

/** `context`: the currency the screen implies (decides what a bare `$` or `¥` means). */
function stripCurrencies(text: string, context: CurrencyCode | null | undefined): Marked {
  const currencies = new Set<CurrencyCode>();
  let body = text;
  const leading = takeLeadingCurrency(body, context);
  if (leading) {
    currencies.add(leading.code);
    body = leading.rest;
  }
  // "600,000元整" / "60万元": 整 only closes a 元, and the unit sits before the marker.
  const closed = body.replace(/元\s*[整正]$/, '元');
  const trailing = takeTrailingCurrency(closed, context);
  // In 大写 ("美元壹拾伍万元整") a bare 元 is the money unit, not a second currency.
  const yuanUnit = trailing?.code === 'CNY' && closed.endsWith('元') && !/[0-9]/.test(body);
  if (trailing && !yuanUnit) {
    currencies.add(trailing.code);
    body = trailing.rest;
  }
  return { body, currencies };
}

/**
 * Reads a money amount as a Chinese terminal shows it. Returns null — never a guess — for empty,
 * garbage, negative-looking, ambiguous or conflicting text (e.g. "$100元", "1.234,56" where the
 * profile does not say the currency uses a decimal comma). Never throws.
 */
export function parseAmount(text: unknown, options: ParseAmountOptions = {}): ParsedAmount | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH * 2) return null;
  const normalized = normalize(text);
  if (normalized === '' || normalized.length > MAX_INPUT_LENGTH) return null;

  const { body, currencies } = stripCurrencies(normalized, options.defaultCurrency);
  if (currencies.size > 1 || body === '') return null;
  const [named] = currencies;
  const currency = named ?? options.defaultCurrency ?? 'CNY';

  const decimalComma = (options.decimalCommaCurrencies ?? []).includes(currency);
  const value = /[0-9]/.test(body)
    ? parseArabicAmount(body, decimalComma)
    : hasChineseNumerals(body)
      ? parseChineseAmount(body)
      : null;
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  return { value, currency };
}
