/**
 * Free text bound for storage as one line: line breaks and control characters become spaces
 * first (so a number split across lines is still caught), bidirectional formatting characters
 * are dropped and lone surrogates replaced, then identifiers are masked, then whitespace is
 * collapsed and trimmed. The result passes `textProblem` unless it still holds a run of 5+ digits
 * that is no identifier (an exact amount), which callers that need it refuse.
 */
import { BIDI_CONTROL } from './normalise';
import { scrubText } from './scrub';

const BIDI_ALL = new RegExp(BIDI_CONTROL.source, 'g');

export function scrubLine(text: string): string {
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(BIDI_ALL, '')
    .replace(/[\ud800-\udfff]/gu, '\ufffd');
  return scrubText(flat).replace(/\s+/g, ' ').trim();
}
