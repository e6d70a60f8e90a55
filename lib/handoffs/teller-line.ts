/**
 * The teller's optional line on a referral (and the reason for a "not now"): one line, card/ID/
 * phone numbers masked, and — because referrals leave the device — no run of 5+ digits at all
 * (exact amounts belong in bands, not in text). Use `prepareTellerLine` to validate as they type.
 */
import { scrubLine } from '../privacy/scrub-line';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../privacy/text-check';

export const TELLER_LINE_MAX = 280;

export type TellerLineResult =
  { ok: true; text: string | undefined } | { ok: false; message: string };

export function prepareTellerLine(text: string | undefined): TellerLineResult {
  if (text === undefined) return { ok: true, text: undefined };
  const clean = scrubLine(text);
  if (clean === '') return { ok: true, text: undefined };
  // The server's own check: what passes here is never refused by the server.
  const problem = textProblem(clean);
  if (problem) return { ok: false, message: TEXT_PROBLEM_MESSAGES[problem] };
  if (clean.length > TELLER_LINE_MAX)
    return { ok: false, message: `at most ${TELLER_LINE_MAX} characters` };
  return { ok: true, text: clean };
}
