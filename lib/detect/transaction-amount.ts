import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';
import { parseCurrency, toCny, type CurrencyCode } from '../signals/currency';
import { parseAmount, type ParsedAmount } from '../signals/parse-amount';
import type { Explanation } from '../signals/types';

const CURRENCY_UNREADABLE: Explanation = {
  code: 'currency_unreadable',
  zh: '币种无法识别，金额未计入分层',
  en: 'The currency could not be read; the amount was left out of the tier',
};

/** "泰铢 THB" → "THB": a currency we have no name for, but an ISO code (its rate may be configured). */
function isoCodeIn(text: string): string | null {
  const codes = new Set(text.match(/\b[A-Z]{3}\b/g) ?? []);
  const [only] = codes;
  return codes.size === 1 && only ? only : null;
}

/**
 * The currency the 币种 field shows: the profile's default (CNY unless it says otherwise) when
 * there is none, null when it shows one we cannot read.
 */
export function resolveCurrency(
  currencyText: string | null,
  profileDefault: CurrencyCode = 'CNY',
): CurrencyCode | null {
  return currencyText
    ? (parseCurrency(currencyText, profileDefault) ?? isoCodeIn(currencyText))
    : profileDefault;
}

export interface TransactionAmount {
  /** As read, in its own currency (exact: internal only). */
  amount: ParsedAmount | null;
  amountCny: number | null;
  notes: Explanation[];
}

/**
 * The transaction amount from the `amount` field (currency from the text, else the `currency`
 * field, else the profile's `defaultCurrency`, else CNY), falling back to the 大写 `amountWords` field; converted with configured rates.
 */
export function readTransactionAmount(
  values: Readonly<Record<string, string | null>>,
  profile: Pick<TerminalProfile, 'decimalCommaCurrencies' | 'defaultCurrency'>,
  config: Pick<TieringConfig, 'fxRatesToCny'>,
): TransactionAmount {
  const currency = resolveCurrency(values.currency ?? null, profile.defaultCurrency);
  if (currency === null) {
    return { amount: null, amountCny: null, notes: [CURRENCY_UNREADABLE] };
  }
  const options = {
    defaultCurrency: currency,
    decimalCommaCurrencies: profile.decimalCommaCurrencies,
  };
  const figures = values.amount ?? null;
  const words = values.amountWords ?? null;
  const amount = parseAmount(figures, options) ?? parseAmount(words, options);
  const notes: Explanation[] = [];
  if (!amount) {
    if (figures || words) {
      notes.push({
        code: 'amount_unreadable',
        zh: '金额无法识别，未计入分层',
        en: 'The amount could not be read; it was left out of the tier',
      });
    }
    return { amount: null, amountCny: null, notes };
  }
  const amountCny = toCny(amount, config.fxRatesToCny);
  if (amountCny === null) {
    notes.push({
      code: 'fx_rate_missing',
      zh: `未配置 ${amount.currency} 汇率，金额未计入分层`,
      en: `No ${amount.currency} exchange rate is configured; the amount was left out of the tier`,
    });
  }
  return { amount, amountCny, notes };
}
