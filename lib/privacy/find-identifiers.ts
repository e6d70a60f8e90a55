/**
 * The one detector of card, account, ID and phone numbers in free text. The extension masks what
 * it finds (scrubText) and the server refuses text in which it finds anything (text-check.ts), so
 * both sides apply exactly the same rules. Text is searched in its normalised form (NFKC, invisible
 * characters removed, see normalise.ts); positions are those of the original text.
 * No zod and no DOM here: the content script may import this file.
 */
import { asciiDigits, digitValue, SEPARATOR_CLASS } from './digits';
import { classifyNumber, MOBILE_WITH_COUNTRY, type IdentifierKind } from './identifiers';
import { normaliseForDetection, type NormalisedText } from './normalise';

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Span in the original text: the number itself, without a leading "+". */
  start: number;
  end: number;
  /** Where the match begins in the original text, the leading "+" included. */
  matchStart: number;
  /** The number's ASCII digits (without the final X of an ID number). */
  digits: string;
  /** Written with a leading "+" (or "＋"). */
  plus: boolean;
  /**
   * What the last source character of the match expands to after the number ("月" of "㋀",
   * which NFKC writes "1月"): the span ends after that character, so a mask must put it back.
   */
  tail?: string;
  /** The national number of a mobile written with its country code (86…, 0086…). */
  national?: string;
}

/** A number: digits joined by any separators, an optional leading +, an optional trailing X. */
const NUMBER_RUN = new RegExp(
  `([+]?)(\\p{Nd}(?:[${SEPARATOR_CLASS}]*\\p{Nd})*)((?:[${SEPARATOR_CLASS}]*[Xx])?)`,
  'gu',
);

/**
 * "2024-05-06 10" followed by ":30" is a date and time, not an account number: at most 10 digits,
 * too few for a card, an ID or a mobile, so it can stay as written.
 */
function isDateAndHour(run: string, after: string): boolean {
  if (!/^:\p{Nd}/u.test(after)) return false;
  const shape = Array.from(run, (ch) => digitValue(ch) ?? '-').join('');
  const m = /^(\d{4})-+(\d{1,2})-+(\d{1,2})-+(\d{1,2})$/.exec(shape);
  if (!m) return false;
  const [year, month, day, hour] = m.slice(1).map(Number) as [number, number, number, number];
  return (
    year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23
  );
}

/** The normalised text that the source character holding unit `last` still has after it. */
function expansionAfter(norm: NormalisedText, last: number): string {
  const end = norm.to[last];
  let k = last + 1;
  while (k < norm.text.length && norm.to[k] === end) k += 1;
  return norm.text.slice(last + 1, k);
}

function setTail(match: IdentifierMatch, tail: string): void {
  if (tail) match.tail = tail;
  else delete match.tail;
}

/** Every identifier in `text`, in order, with non-overlapping spans of the original text. */
export function findIdentifiers(text: string): IdentifierMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const norm = normaliseForDetection(text);
  const found: IdentifierMatch[] = [];
  for (const m of norm.text.matchAll(NUMBER_RUN)) {
    const [whole, plus = '', run = '', suffix = ''] = m;
    const at = m.index;
    const after = norm.text.slice(at + whole.length, at + whole.length + 2);
    if (suffix === '' && isDateAndHour(run, after)) continue;
    const digits = asciiDigits(run);
    // Only a 17-digit run takes a trailing X: that is the 18th character of an ID number.
    const withX = suffix !== '' && digits.length === 17;
    const kind = classifyNumber(withX ? `${digits}X` : digits);
    if (kind === null) continue;
    const first = at + plus.length;
    const last = at + plus.length + run.length + (withX ? suffix.length : 0) - 1;
    const start = norm.from[first] ?? 0;
    const end = norm.to[last] ?? text.length;
    const tail = expansionAfter(norm, last);
    const previous = found[found.length - 1];
    // Two numbers drawn from one source character ("㉑"): one span, so nothing is masked twice.
    if (previous && start < previous.end) {
      if (end >= previous.end) {
        previous.end = end;
        setTail(previous, tail);
      }
      continue;
    }
    const national = kind === 'mobile' ? MOBILE_WITH_COUNTRY.exec(digits)?.[1] : undefined;
    found.push({
      kind,
      start,
      end,
      matchStart: norm.from[at] ?? start,
      digits,
      plus: plus !== '',
      ...(national ? { national } : {}),
      ...(tail ? { tail } : {}),
    });
  }
  return found;
}
