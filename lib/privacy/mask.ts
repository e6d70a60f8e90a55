/**
 * Masks a card, account, ID or phone number for display and storage, the one way every part of
 * the extension does it: "6222 0212 3456 7890" → "**** 7890", "110101********123X" → "**** 123X".
 * The content script imports this file (masking happens before anything leaves the page).
 */
import { asciiDigits, digitValue } from './digits';
import { lastFourMask } from './scrub';

/** Digits in any script as ASCII, Latin letters kept (an ID's X), everything else dropped. */
function identifierChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const v = digitValue(ch);
    if (v !== null) out += String(v);
    else if (/^[A-Za-z]$/.test(ch)) out += ch;
  }
  return out;
}

/** What maskLast4 returns: masking it again changes nothing (the background re-masks a frame's report). */
const MASKED = /^\*{4}(?: [0-9A-Za-z]{4})?$/;

/** Values of 4 characters or fewer are masked completely (showing "the last 4" would show it all). */
export function maskLast4(text: string): string {
  const value = typeof text === 'string' ? text.trim() : '';
  if (MASKED.test(value)) return value;
  const chars = identifierChars(value);
  return lastFourMask(/\d/.test(chars) ? chars : '');
}

/** The last 4 digits of a number ("6222…7890" → "7890"), or undefined when it has fewer than 4. */
export function last4(text: string): string | undefined {
  const digits = asciiDigits(text);
  return digits.length >= 4 ? digits.slice(-4) : undefined;
}
