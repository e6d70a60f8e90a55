/**
 * Digits and separators as they appear in text typed or pasted at a counter: ASCII, full-width
 * (０-９) and any other Unicode decimal digit, split by spaces, dashes, dots and invisible marks.
 * No zod and no DOM here: the content script may import this file.
 */

/** Characters that may sit between the digits of one number ("6222 0212-3456．7890"). */
export const SEPARATOR_CLASS =
  '\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f' + // control characters (not line breaks)
  ' \\u00a0\\u00ad\\u1680\\u2000-\\u200d\\u202f\\u205f\\u2060-\\u2064\\u3000\\ufeff' + // spaces, zero-width
  '\\-\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d' + // hyphens, dashes, minus
  '.\\u00b7\\u2027\\u30fb\\uff0e' + // dots
  '\\p{M}'; // combining marks ("6̶2̶2̶2̶", keycaps): the digits still read as one number

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * Value 0–9 of a decimal digit in any script, or null. Unicode assigns decimal digits only in
 * complete, contiguous 0..9 ranges, so the value is the distance from the start of the range, mod 10.
 */
export function digitValue(ch: string): number | null {
  const cp = ch.codePointAt(0);
  if (cp === undefined || !DECIMAL_DIGIT.test(ch)) return null;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0xff10 && cp <= 0xff19) return cp - 0xff10;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return (cp - start) % 10;
}

/** The ASCII digits of `text`, in order, with everything else dropped ("６２ 22" → "6222"). */
export function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const v = digitValue(ch);
    if (v !== null) out += String(v);
  }
  return out;
}
