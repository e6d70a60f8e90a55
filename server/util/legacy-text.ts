/**
 * Text stored before the server checked free text (lib/privacy/text-check.ts) made to pass that
 * check, the way the extension makes text safe before it sends it: one line, control and
 * bidirectional formatting characters out, lone surrogates replaced, card/account/ID/phone
 * numbers masked (lib/privacy/scrub-line.ts). Safe text (summaries, notes, reasons) refuses any
 * other run of 5+ digits too, so such a run is masked as well. Text that already passes is
 * returned as it is, so a repair never touches a clean row.
 */
import { FULL_MASK, normaliseForDetection, scrubLine, textProblem } from '../../lib/privacy';

/** `safe`: safeTextSchema (280, line breaks allowed, no long numbers); `plain`: plainTextSchema (64). */
export type TextKind = 'safe' | 'plain';

const MAX: Readonly<Record<TextKind, number>> = { safe: 280, plain: 64 };

/** Whether `text` passes the schema of its kind as stored. */
export function textPasses(text: string, kind: TextKind): boolean {
  if (kind === 'safe')
    return text.length <= MAX.safe && !textProblem(text, { allowLineBreaks: true });
  return isPlainLength(text) && !textProblem(text.trim(), { allowLongNumbers: true });
}

function isPlainLength(text: string): boolean {
  const length = text.trim().length;
  return length >= 1 && length <= MAX.plain;
}

/** Each run of 5+ digits (as the check sees them: normalised) replaced by "****". */
function maskLongRuns(text: string): string {
  const n = normaliseForDetection(text);
  let out = '';
  let done = 0;
  for (const m of n.text.matchAll(/\p{Nd}{5,}/gu)) {
    const start = n.from[m.index] ?? done;
    const end = n.to[m.index + m[0].length - 1] ?? start;
    if (start < done) continue;
    out += text.slice(done, start) + FULL_MASK;
    done = end;
  }
  return out + text.slice(done);
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, cut).trimEnd();
}

/** `text` itself when it passes; otherwise its scrubbed form, which always passes. */
export function repairText(text: string, kind: TextKind): string {
  if (textPasses(text, kind)) return text;
  const line = scrubLine(text);
  const masked = kind === 'safe' ? maskLongRuns(line) : line;
  const candidates = [masked, masked.replace(/\p{Nd}/gu, '*')];
  for (const candidate of candidates) {
    const clipped = clip(candidate, MAX[kind]);
    if (clipped !== '' && textPasses(clipped, kind)) return clipped;
  }
  // Nothing readable was left (the text was only control characters or numbers).
  return FULL_MASK;
}
