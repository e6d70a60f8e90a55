/**
 * Masking of what the detect step hands out: never a full card, account, ID or phone number.
 * Numbers are masked by the privacy module's maskLast4 (one mask everywhere); keyed hashing for
 * linking visits is the privacy module's job too.
 */
import { maskLast4 } from '../privacy/mask';
import type { MaskMode } from '../profile/schema';

export { maskLast4 };

const MAX_TEXT = 120;

/** "张伟" → "张*": enough to tell two clients apart on screen, not to name one. */
export function maskInitial(value: string): string {
  const [first] = Array.from(value.trim());
  return first && Array.from(value.trim()).length > 1 ? `${first}*` : '*';
}

/** Masks any run of 7+ digits in free text (a number typed into remarks) down to its last 4. */
export function maskDigitRuns(text: string): string {
  const masked = text.replace(/\d[\d\s*-]{5,}[\dXx]/g, (run) => {
    const digits = run.replace(/[^0-9Xx]/g, '');
    return digits.length >= 7 ? maskLast4(run) : run;
  });
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** How each well-known field is masked unless the profile says otherwise. */
const DEFAULT_MASKS: Readonly<Record<string, MaskMode>> = {
  accountNumber: 'last4',
  cardNumber: 'last4',
  idNumber: 'last4',
  phone: 'last4',
  clientName: 'initial',
  amount: 'band',
  amountWords: 'band',
};

export function maskModeFor(key: string, configured: MaskMode | undefined): MaskMode {
  return configured ?? DEFAULT_MASKS[key] ?? 'text';
}
