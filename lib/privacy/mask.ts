/** Masks a card or account number for display and storage: "6222 0212 3456 7890" → "**** 7890". */
import { asciiDigits } from './digits';
import { lastFourMask } from './scrub';

/** Numbers of 4 digits or fewer are masked completely (showing "the last 4" would show it all). */
export function maskLast4(text: string): string {
  return lastFourMask(asciiDigits(typeof text === 'string' ? text : ''));
}

/** The last 4 digits of a number ("6222…7890" → "7890"), or undefined when it has fewer than 4. */
export function last4(text: string): string | undefined {
  const digits = asciiDigits(text);
  return digits.length >= 4 ? digits.slice(-4) : undefined;
}
