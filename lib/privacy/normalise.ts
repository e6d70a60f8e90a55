/**
 * The form in which text is searched for identifiers: each character NFKC-normalised (full-width
 * and circled digits become ASCII, "＋" becomes "+"), invisible characters (zero-width spaces and
 * joiners, soft hyphen, word joiner, BOM, bidirectional marks, embeddings, overrides and isolates)
 * removed, and lone UTF-16 surrogates replaced by U+FFFD. Every character of the result remembers
 * which characters of the input it came from, so a match can be masked in the original text.
 * No zod and no DOM here: the content script may import this file.
 */

/** Characters that show nothing but can split a number or reorder how text is displayed. */
export const INVISIBLE_CHARS =
  '\\u00ad\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e' +
  '\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0';

/** Bidirectional formatting: marks, embeddings, overrides and isolates. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Matches only unpaired surrogates (with the u flag a valid pair is one code point). */
export const LONE_SURROGATE = /[\ud800-\udfff]/u;

const INVISIBLE = new RegExp(`^[${INVISIBLE_CHARS}]$`, 'u');

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`: where its source character starts in the input. */
  from: number[];
  /** For each UTF-16 unit of `text`: where its source character ends in the input (exclusive). */
  to: number[];
}

/** Normalises `input` for detection, keeping a map back to the input's positions. */
export function normaliseForDetection(input: string): NormalisedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const out =
      cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : INVISIBLE.test(ch) ? '' : ch.normalize('NFKC');
    for (let k = 0; k < out.length; k += 1) {
      from.push(i);
      to.push(end);
    }
    text += out;
    i = end;
  }
  return { text, from, to };
}

/** Only the normalised text (for checks that need no positions). */
export function normaliseText(input: string): string {
  return normaliseForDetection(input).text;
}
