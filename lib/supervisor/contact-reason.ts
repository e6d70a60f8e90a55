import { MIN_CONTACT_REASON } from '@/lib/contracts/referral-log';
import { textProblem } from '@/lib/privacy/text-check';

/**
 * Why contact details are exported: at least 5 characters (kept in the server's audit log), and
 * nothing the server refuses (the same check: no card, ID or phone number, no run of 5+ digits,
 * no control characters).
 */
export function reasonProblem(reason: string): 'short' | 'unsafe' | undefined {
  const text = reason.trim();
  if (text.length < MIN_CONTACT_REASON) return 'short';
  if (textProblem(text) !== undefined) return 'unsafe';
  return undefined;
}
