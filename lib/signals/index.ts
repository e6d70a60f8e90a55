export * from './kinds';
export { parseAmount, type ParsedAmount, type ParseAmountOptions } from './parse-amount';
export { parseCurrency, toCny, type CurrencyCode, type RatesToCny } from './currency';
export { deriveSignals, type DeriveInput, type DerivedSignals } from './derive';
export { businessTypeKind } from './business-type';
export { remarksKinds } from './remarks';
export { SIGNAL_LABELS } from './labels';
export type { Signal, SignalSource, Explanation } from './types';
