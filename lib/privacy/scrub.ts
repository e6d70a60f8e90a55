/**
 * Masks identifiers in free text before it is stored: payment card numbers, account numbers,
 * mainland ID numbers (18- and 15-digit) and mobile numbers — whatever the spacing, separators,
 * invisible characters or digit width. What is left of a number is at most its last 4 digits
 * ("**** 7890"); ID numbers are masked completely. Never throws: hostile text comes back masked,
 * not as an error. What counts as an identifier is decided by findIdentifiers, the same function
 * the server uses to refuse text.
 */
import { findIdentifiers, type IdentifierMatch } from './find-identifiers';

export interface ScrubOptions {
  /**
   * Keep mobile and fixed-line phone numbers (only for the consented contact field). A mobile
   * written with its country code is rewritten as "(+86) 13812345678".
   */
  keepPhones?: boolean;
}

export const FULL_MASK = '****';

/** "**** 7890": the mask used for every number that keeps its last 4 digits. */
export function lastFourMask(digits: string): string {
  return digits.length > 4 ? `${FULL_MASK} ${digits.slice(-4)}` : FULL_MASK;
}

/** What replaces `text.slice(start, end)` for one match, or undefined to keep it as written. */
function replacement(
  m: IdentifierMatch,
  keepPhones: boolean,
): { start: number; text: string } | undefined {
  if (keepPhones && m.kind === 'landline') return undefined;
  if (keepPhones && m.kind === 'mobile') {
    // "(+86) 138…": the brackets keep the number apart from any digits before it.
    return m.national
      ? { start: m.matchStart, text: `(+86) ${m.national}${keptTail(m)}` }
      : undefined;
  }
  const mask = m.kind === 'id_card' ? FULL_MASK : lastFourMask(m.digits);
  return { start: m.start, text: mask + keptTail(m) };
}

/**
 * The rest of the source character the number ended in ("月" of "㋀"), so that what followed it
 * stays apart from the mask; any digit in it is masked too.
 */
function keptTail(m: IdentifierMatch): string {
  return (m.tail ?? '').replace(/\p{Nd}/gu, '*');
}

export function scrubText(text: string, options: ScrubOptions = {}): string {
  if (typeof text !== 'string') return '';
  const keepPhones = options.keepPhones === true;
  try {
    let out = '';
    let done = 0;
    for (const m of findIdentifiers(text)) {
      const r = replacement(m, keepPhones);
      if (!r) continue;
      out += text.slice(done, r.start) + r.text;
      done = m.end;
    }
    return out + text.slice(done);
  } catch {
    // Unreachable in practice (the regex is linear); fail closed rather than return the input.
    return text.replace(/\p{Nd}/gu, '*');
  }
}

/** True when `text` holds an identifier `scrubText` would mask (phones too, unless `keepPhones`). */
export function containsIdentifier(text: string, options: ScrubOptions = {}): boolean {
  const keepPhones = options.keepPhones === true;
  return findIdentifiers(text).some(
    (m) => !keepPhones || (m.kind !== 'mobile' && m.kind !== 'landline'),
  );
}
