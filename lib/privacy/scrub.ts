/**
 * Masks identifiers in free text before it is stored: payment card numbers, account numbers,
 * mainland ID numbers (18- and 15-digit) and mobile numbers — whatever the spacing, separators
 * or digit width. What is left of a number is at most its last 4 digits ("**** 7890"); ID numbers
 * are masked completely. Never throws: hostile text comes back masked, not as an error.
 */
import { asciiDigits, digitValue, SEPARATOR_CLASS } from './digits';
import { classifyNumber, MOBILE_WITH_COUNTRY } from './identifiers';

export interface ScrubOptions {
  /**
   * Keep mobile and fixed-line phone numbers (only for the consented contact field). A mobile
   * written with its country code is rewritten as "(+86) 13812345678".
   */
  keepPhones?: boolean;
}

/** A number: digits joined by any separators, an optional leading +, an optional trailing X. */
const NUMBER_RUN = new RegExp(
  `([+\\uff0b]?)(\\p{Nd}(?:[${SEPARATOR_CLASS}]*\\p{Nd})*)((?:[${SEPARATOR_CLASS}]*[Xx\\uff38\\uff58])?)`,
  'gu',
);

export const FULL_MASK = '****';

/** "**** 7890": the mask used for every number that keeps its last 4 digits. */
export function lastFourMask(digits: string): string {
  return digits.length > 4 ? `${FULL_MASK} ${digits.slice(-4)}` : FULL_MASK;
}

/**
 * "2024-05-06 10" followed by ":30" is a date and time, not an account number: at most 10 digits,
 * too few for a card, an ID or a mobile, so it can stay as written.
 */
function isDateAndHour(run: string, after: string): boolean {
  if (!/^[:\uff1a]\p{Nd}/u.test(after)) return false;
  const shape = Array.from(run, (ch) => digitValue(ch) ?? '-').join('');
  const m = /^(\d{4})-+(\d{1,2})-+(\d{1,2})-+(\d{1,2})$/.exec(shape);
  if (!m) return false;
  const [year, month, day, hour] = m.slice(1).map(Number) as [number, number, number, number];
  return (
    year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23
  );
}

function scrubRun(
  plus: string,
  run: string,
  suffix: string,
  after: string,
  keepPhones: boolean,
): string {
  if (suffix === '' && isDateAndHour(run, after)) return plus + run;
  const digits = asciiDigits(run);
  // Only a 17-digit run takes a trailing X: that is the 18th character of an ID number.
  const withX = suffix !== '' && digits.length === 17;
  const kind = classifyNumber(withX ? `${digits}X` : digits);
  const rest = withX ? '' : suffix;
  if (kind === null) return plus + run + rest;
  if (keepPhones && kind === 'mobile') {
    // "(+86) 138…": the brackets keep the number apart from any digits before it.
    const national = MOBILE_WITH_COUNTRY.exec(digits)?.[1];
    return (national ? `(+86) ${national}` : plus + run) + rest;
  }
  if (keepPhones && kind === 'landline') return plus + run + rest;
  return plus + (kind === 'id_card' ? FULL_MASK : lastFourMask(digits)) + rest;
}

export function scrubText(text: string, options: ScrubOptions = {}): string {
  if (typeof text !== 'string') return '';
  const keepPhones = options.keepPhones === true;
  try {
    return text.replace(
      NUMBER_RUN,
      (match: string, plus: string, run: string, suffix: string, offset: number) =>
        scrubRun(
          plus,
          run,
          suffix,
          text.slice(offset + match.length, offset + match.length + 2),
          keepPhones,
        ),
    );
  } catch {
    // Unreachable in practice (the regex is linear); fail closed rather than return the input.
    return text.replace(/\p{Nd}/gu, '*');
  }
}

/** True when `text` holds something `scrubText` would mask. */
export function containsIdentifier(text: string, options: ScrubOptions = {}): boolean {
  return scrubText(text, options) !== text;
}
