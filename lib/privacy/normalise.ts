/**
 * The form in which text is searched for identifiers: each character NFKC-normalised (full-width
 * and circled digits become ASCII, "＋" becomes "+"), invisible characters (zero-width spaces and
 * joiners, soft hyphen, word joiner, BOM, bidirectional marks, embeddings, overrides and isolates)
 * removed, and lone UTF-16 surrogates replaced by U+FFFD. Every character of the result remembers
 * which characters of the input it came from, so a match can be masked in the original text.
 * No zod and no DOM here: the content script may import this file.
 */

/** Code point ranges of characters that show nothing but can split a number or reorder text. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors, vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates, deprecated format
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM, zero-width no-break space
  [0xffa0, 0xffa0], // half-width Hangul filler
];

export function isInvisible(cp: number): boolean {
  return INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Bidirectional formatting: marks, embeddings, overrides and isolates. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Matches only unpaired surrogates (with the u flag a valid pair is one code point). */
export const LONE_SURROGATE = /[\ud800-\udfff]/u;

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
      cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : isInvisible(cp) ? '' : ch.normalize('NFKC');
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
