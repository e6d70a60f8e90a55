/**
 * Whether a client is at the counter: an identity field shows a value, or a transaction is on
 * screen (an amount or the client's level is read, or a remarks rule matched what was typed). A
 * terminal that never shows who the client is still gets its hint and its handoff. The business
 * type alone does not count: a terminal's business-type menu keeps its value between clients.
 */
import type { Signal } from '../signals/types';

/** Fields whose value means a transaction (or a client's record) is on screen. */
export const TRANSACTION_FIELDS = ['amount', 'amountWords', 'clientLevel'] as const;

export function transactionOnScreen(
  values: Readonly<Record<string, string | null | undefined>>,
  signals: readonly Signal[],
): boolean {
  return (
    TRANSACTION_FIELDS.some((key) => !!values[key]?.trim()) ||
    signals.some((s) => s.source === 'remarks')
  );
}

export function isClientPresent(
  maskedIdentity: readonly (string | null)[],
  values: Readonly<Record<string, string | null | undefined>>,
  signals: readonly Signal[],
): boolean {
  return maskedIdentity.some((value) => value !== null) || transactionOnScreen(values, signals);
}
