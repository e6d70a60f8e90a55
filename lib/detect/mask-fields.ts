import type { TerminalProfile } from '../profile/schema';
import type { ExtractedField } from '../profile/extract';
import type { TieringConfig } from '../tiering/config-schema';
import { parseAmount } from '../signals/parse-amount';
import { toCny } from '../signals/currency';
import { resolveCurrency } from './transaction-amount';
import { formatBandYuan } from '../format/band';
import { amountBand } from '../tiering/bands';
import { maskDigitRuns, maskInitial, maskLast4, maskModeFor } from './mask';

type Config = Pick<TieringConfig, 'fxRatesToCny' | 'bandEdgesCny'>;

function bandText(
  value: string,
  currency: string | null,
  profile: TerminalProfile,
  config: Config,
): string {
  if (currency === null) return 'unreadable';
  const amount = parseAmount(value, {
    defaultCurrency: currency,
    decimalCommaCurrencies: profile.decimalCommaCurrencies,
  });
  if (!amount) return 'unreadable';
  const cny = toCny(amount, config.fxRatesToCny);
  return cny === null
    ? `${amount.currency} (no rate)`
    : formatBandYuan(amountBand(cny, config.bandEdgesCny));
}

/** Every field's value as it may be shown or sent: masked per its mask mode; null when missing. */
export function maskFields(
  fields: Readonly<Record<string, ExtractedField>>,
  profile: TerminalProfile,
  config: Config,
): Record<string, string | null> {
  const currency = resolveCurrency(fields.currency?.value ?? null, profile.defaultCurrency);
  const masked: Record<string, string | null> = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = field.value;
    if (value === null) {
      masked[key] = null;
      continue;
    }
    switch (maskModeFor(key, profile.fields[key]?.mask)) {
      case 'last4':
        masked[key] = maskLast4(value);
        break;
      case 'initial':
        masked[key] = maskInitial(value);
        break;
      case 'band':
        masked[key] = bandText(value, currency, profile, config);
        break;
      case 'text':
        masked[key] = maskDigitRuns(value);
        break;
    }
  }
  return masked;
}
