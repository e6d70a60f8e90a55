/**
 * Whether free text may leave the device and be stored by the server. One pure function, used by
 * the extension before it saves (so it never queues text the server would refuse) and by the
 * server's schemas (so text from any client gets the same answer). No zod and no DOM here: the
 * content script may import this file.
 */
import { asciiDigits } from './digits';
import { findIdentifiers } from './find-identifiers';
import { classifyNumber } from './identifiers';
import { BIDI_CONTROL, LONE_SURROGATE, normaliseText } from './normalise';

export type TextProblem = 'invalid_unicode' | 'control_character' | 'identifier' | 'long_number';

/** The error code the server answers with, per problem. */
export const TEXT_PROBLEM_CODES: Readonly<Record<TextProblem, string>> = {
  invalid_unicode: 'invalid_unicode',
  control_character: 'text_contains_control_character',
  identifier: 'text_contains_identifier',
  long_number: 'text_contains_long_number',
};

/** What to tell the person who typed the text. */
export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, string>> = {
  invalid_unicode: 'must be valid Unicode text (it holds a lone UTF-16 surrogate)',
  control_character:
    'must not contain control characters, line breaks or bidirectional formatting characters',
  identifier:
    'must not contain a card, account, ID or phone number (keep at most the last 4 digits)',
  long_number: 'must not contain a run of 5 or more digits (give amounts as a band)',
};

export interface TextCheckOptions {
  /**
   * Allow runs of 5 or more digits that are not identifiers (product codes, names). Referral text
   * refuses them: exact amounts belong in bands.
   */
  allowLongNumbers?: boolean;
  /**
   * Allow tabs and line breaks (referral text always allowed them). A number split across lines
   * is still found: line breaks count as spaces for detection.
   */
  allowLineBreaks?: boolean;
}

const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/g;
/** Any run of 5+ digits (ASCII, full-width, circled or other decimal digits) once normalised. */
const LONG_DIGIT_RUN = /\p{Nd}{5,}/u;

/** A run of 5+ digits once the text is normalised (zero-width splits and full-width digits too). */
export function hasLongDigitRun(text: string): boolean {
  return LONG_DIGIT_RUN.test(normaliseText(text));
}

const ANY_CONTROL_FORMAT_OR_SURROGATE = /[\p{C}\u2028\u2029]/u;
const NUMERIC = /\p{N}/gu;

/**
 * Text no check below can object to: no control, format, surrogate or private character, and
 * fewer than 5 numeric characters once NFKC-normalised (the shortest identifier has 10 digits, the
 * shortest refused run 5). Most referral text is like this, so the server's checks of every
 * request and answer skip the detector for it.
 */
export function plainlyClean(text: string): boolean {
  if (ANY_CONTROL_FORMAT_OR_SURROGATE.test(text)) return false;
  let numerals = 0;
  for (const _ of text.normalize('NFKC').matchAll(NUMERIC)) if (++numerals >= 5) return false;
  return true;
}

/** The first reason `text` may not be stored, or undefined when it may. */
export function textProblem(text: string, options: TextCheckOptions = {}): TextProblem | undefined {
  return plainlyClean(text) ? undefined : detectedProblem(text, options);
}

/** `textProblem` without the fast path (exported so a test can hold the two to one answer). */
export function detectedProblem(
  text: string,
  options: TextCheckOptions = {},
): TextProblem | undefined {
  if (LONE_SURROGATE.test(text)) return 'invalid_unicode';
  const flat = text.replace(LINE_BREAKS, ' ');
  const controls = options.allowLineBreaks ? flat : text;
  // An identifier is named first: it is what the person must take out.
  if (findIdentifiers(flat).length > 0) return 'identifier';
  if (CONTROL.test(controls) || BIDI_CONTROL.test(controls)) return 'control_character';
  if (!options.allowLongNumbers && hasLongDigitRun(flat)) return 'long_number';
  return undefined;
}

/**
 * The consented contact phone: a phone number, never a card or ID number written in its place.
 * E.164 numbers have at most 15 digits.
 */
export function isPhoneLike(text: string): boolean {
  const digits = asciiDigits(normaliseText(text));
  const kind = classifyNumber(digits);
  return digits.length <= 15 && kind !== 'card' && kind !== 'id_card';
}
