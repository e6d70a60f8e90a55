export * from './kinds';
export { parseAmount, type ParsedAmount, type ParseAmountOptions } from './parse-amount';
export { parseCurrency, toCny, type CurrencyCode, type RatesToCny } from './currency';
export { SIGNAL_LABELS } from './labels';
export type { Signal, SignalSource, Explanation } from './types';
