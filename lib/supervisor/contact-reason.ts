import { hasLongDigitRun } from '@/lib/contracts/primitives';
import { MIN_CONTACT_REASON } from '@/lib/contracts/referral-log';

/**
 * Why contact details are exported: at least 5 characters (kept in the server's audit log), and
 * no run of 5+ digits, which the server refuses because it could be a card or phone number.
 */
export function reasonProblem(reason: string): 'short' | 'unsafe' | undefined {
  const text = reason.trim();
  if (text.length < MIN_CONTACT_REASON) return 'short';
  if (hasLongDigitRun(text) || /\p{Cc}/u.test(text)) return 'unsafe';
  return undefined;
}
