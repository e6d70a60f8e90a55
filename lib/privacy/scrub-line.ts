/**
 * Free text bound for storage as one line: line breaks and control characters become spaces
 * first (so a number split across lines is still caught), then identifiers are masked, then
 * whitespace is collapsed and trimmed.
 */
import { scrubText } from './scrub';

export function scrubLine(text: string): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
  return scrubText(flat).replace(/\s+/g, ' ').trim();
}
