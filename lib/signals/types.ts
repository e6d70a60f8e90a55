import type { AmountBand, SignalKind } from './kinds';

/** Where a signal came from: the business type, a remarks keyword rule, or a cue the teller ticked. */
export type SignalSource = 'business_type' | 'remarks' | 'teller';

export interface Signal {
  kind: SignalKind;
  source: SignalSource;
  /**
   * The transaction amount in CNY, for signals from the business type. Exact: for the tiering
   * engine and the admin's CLI only — screens show `amountBand`, and nothing stores it.
   */
  amountCny: number | null;
  amountBand: AmountBand | null;
}

/** A human-readable explanation in both UI languages; `code` is stable for i18n and tests. */
export interface Explanation {
  code: string;
  zh: string;
  en: string;
}
