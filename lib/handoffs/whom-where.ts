/**
 * The masked client and the counter a referral carries, kept only when they pass the shared
 * schema: a profile that shows the whole name, or a counter label typed with a number in it,
 * leaves the field out instead of refusing the referral.
 */
import { clientInitialSchema, counterLabelSchema } from '../contracts/whom-where';
import { maskInitial } from '../detect/mask';

export function whomAndWhere(
  clientInitial: string | undefined,
  counterLabel: string | undefined,
): { clientInitial?: string; counterLabel?: string } {
  const initial = clientInitial
    ? clientInitialSchema.safeParse(maskInitial(clientInitial))
    : undefined;
  const counter = counterLabel?.trim() ? counterLabelSchema.safeParse(counterLabel) : undefined;
  return {
    // A bare "*" tells the manager nothing: left out, the card names the card's last 4 instead.
    ...(initial?.success && initial.data !== '*' ? { clientInitial: initial.data } : {}),
    ...(counter?.success ? { counterLabel: counter.data } : {}),
  };
}
