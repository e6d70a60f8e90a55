/**
 * Fields → premium-client signals: the business type (via the profile's mapping, then the default
 * business names if the profile opts in, with the branch's minimum amounts), remarks keyword rules, and the cues a teller ticked.
 */
import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';
import { amountBand } from '../tiering/bands';
import { businessTypeKinds } from './business-type';
import { businessRulesOf } from './default-business-rules';
import type { SignalKind } from '../signals/kinds';
import { remarksKinds } from './remarks';
import { readTransactionAmount } from './transaction-amount';
import type { Explanation, Signal } from '../signals/types';

export interface DeriveInput {
  /** Field values as read (not masked). */
  values: Readonly<Record<string, string | null>>;
  profile: Pick<
    TerminalProfile,
    | 'businessTypes'
    | 'businessTypeDefaults'
    | 'remarksRules'
    | 'decimalCommaCurrencies'
    | 'defaultCurrency'
  >;
  config: Pick<
    TieringConfig,
    'signalMinAmountCny' | 'fxRatesToCny' | 'tellerCueKinds' | 'bandEdgesCny'
  >;
  /** Cues the teller ticked in the panel (soft cues, card shown, wealth enquiry). */
  tellerCues?: readonly SignalKind[];
}

export interface DerivedSignals {
  signals: Signal[];
  /** The transaction amount in CNY (exact: internal only), or null. */
  amountCny: number | null;
  notes: Explanation[];
}

export function deriveSignals(input: DeriveInput): DerivedSignals {
  const { values, profile, config } = input;
  const { amountCny, notes } = readTransactionAmount(values, profile, config);
  const band = amountCny === null ? null : amountBand(amountCny, config.bandEdgesCny);
  const signals: Signal[] = [];
  const add = (signal: Signal): void => {
    if (!signals.some((existing) => existing.kind === signal.kind)) signals.push(signal);
  };

  // One business may mean several kinds (a wire abroad: remittance and forex), each with the
  // amount and each against its own minimum.
  for (const kind of businessTypeKinds(values.businessType ?? null, businessRulesOf(profile))) {
    const minimum = config.signalMinAmountCny[kind];
    if (minimum === undefined || (amountCny !== null && amountCny >= minimum)) {
      add({ kind, source: 'business_type', amountCny, amountBand: band });
    }
  }
  for (const remarked of remarksKinds(values, profile.remarksRules)) {
    add({ kind: remarked, source: 'remarks', amountCny: null, amountBand: null });
  }
  for (const cue of input.tellerCues ?? []) {
    if (config.tellerCueKinds.includes(cue))
      add({ kind: cue, source: 'teller', amountCny: null, amountBand: null });
  }
  return { signals, amountCny, notes };
}
