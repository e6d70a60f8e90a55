/**
 * The client manager's words on a closed referral — the product won or the reason it was lost —
 * made safe before they are sent: one line, any card/account/ID/phone number masked, then the
 * server's own check, so a status update is never refused for its text.
 */
import type { StatusUpdateRequest } from '../contracts/referrals-api';
import { scrubLine } from '../privacy/scrub-line';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../privacy/text-check';
import { TELLER_LINE_MAX } from './teller-line';

export const PRODUCT_MAX = 64;

export type OutcomeRequestResult =
  { ok: true; body: StatusUpdateRequest } | { ok: false; message: string };

/** The request body for `status`; `detail` is the product (won) or the reason (lost) as typed. */
export function outcomeRequest(
  status: StatusUpdateRequest['status'],
  detail = '',
): OutcomeRequestResult {
  if (status === 'contacted' || status === 'met') return { ok: true, body: { status } };
  const text = scrubLine(detail);
  if (text === '')
    return { ok: false, message: status === 'won' ? 'give the product' : 'give a reason' };
  const won = status === 'won';
  const problem = textProblem(text, { allowLongNumbers: won });
  if (problem) return { ok: false, message: TEXT_PROBLEM_MESSAGES[problem] };
  const max = won ? PRODUCT_MAX : TELLER_LINE_MAX;
  if (text.length > max) return { ok: false, message: `at most ${max} characters` };
  return {
    ok: true,
    body: won ? { status, outcome: { product: text } } : { status, outcome: { reason: text } },
  };
}
