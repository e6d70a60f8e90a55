/**
 * THE definition of what a client reference (`clientRef`) is a keyed hash of. A later import of
 * the branch's client book must build exactly these strings, byte for byte, to link to the same
 * clients. No zod and no DOM here: the content script imports this file, and the full number
 * never leaves the frame it was read in (only `hmacHex` of the string below does).
 *
 * Every input is first normalised: NFKC (full-width digits and letters become ASCII), then
 * spaces, dashes, dots and invisible marks removed, then uppercased (an ID's trailing x → X).
 *
 * | kind       | HMAC-SHA-256 input (UTF-8)       | accepted after normalising           | link     |
 * |------------|----------------------------------|--------------------------------------|----------|
 * | `card`     | `<number>` (no prefix)           | 6–34 of 0-9 A-Z                      | number   |
 * | `account`  | `<number>` (no prefix)           | 6–34 of 0-9 A-Z                      | number   |
 * | `customer` | `cust:<number>`                  | 4–32 of 0-9 A-Z                      | number   |
 * | `id`       | `id:<number>` (parentheses gone) | 6–24 of 0-9 A-Z                      | number   |
 * | weak       | `weak:<last4>\|<initial>`         | a masked number ending in 4 of 0-9 X | weak     |
 *
 * Card and account numbers have no prefix, so a card number typed into an account field links
 * to the same card shown elsewhere, and references made before the other kinds existed stay
 * valid. The other kinds carry a prefix so that, say, customer number 12345678 and account
 * number 12345678 are different clients. The weak input is the last 4 of a masked number
 * ("6222 **** **** 1234" → "1234") and the first character of the client's name, uppercased
 * ("张伟" → "张", "zhang wei" → "Z"): it links visits of the same client most of the time but
 * may join two clients who share both, which is why it is reported as `clientLink: 'weak'`.
 */

export const NUMBER_IDENTITY_KINDS = ['card', 'account', 'customer', 'id'] as const;
export type NumberIdentityKind = (typeof NUMBER_IDENTITY_KINDS)[number];
export type ClientLink = 'number' | 'weak';

const SEPARATORS = /[\s\-.\u00ad\u00b7\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]/g;

/** NFKC, separators removed, uppercased: the one normalisation of every identity number. */
export function normaliseIdentityNumber(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

const ACCEPT: Readonly<Record<NumberIdentityKind, RegExp>> = {
  card: /^[0-9A-Z]{6,34}$/,
  account: /^[0-9A-Z]{6,34}$/,
  customer: /^[0-9A-Z]{4,32}$/,
  id: /^[0-9A-Z]{6,24}$/,
};

const PREFIX: Readonly<Record<NumberIdentityKind, string>> = {
  card: '',
  account: '',
  customer: 'cust:',
  id: 'id:',
};

/**
 * The exact string hashed for a full number of `kind`, or null when the value is not one (empty,
 * masked — also with letters, "XXXX-XXXX-4821" — too short or long). The result holds the full number: hash it at once, never keep it.
 */
export function numberHashInput(kind: NumberIdentityKind, value: string): string | null {
  // "XXXX-XXXX-4821" passes the character check but is masked: it would join every such client.
  if (maskedLast4(value) !== null) return null;
  let normalised = normaliseIdentityNumber(value);
  if (kind === 'id') normalised = normalised.replace(/[()]/g, '');
  return ACCEPT[kind].test(normalised) ? `${PREFIX[kind]}${normalised}` : null;
}

/** Characters terminals show in place of hidden digits. */
const MASK_CHARS = /[*•●·×]|[Xx]{2,}/;
const LAST4 = /([0-9]{3}[0-9X])$/;

/** The last 4 of a masked number ("6222 **** **** 1234" → "1234"); null if it is not masked. */
export function maskedLast4(value: string): string | null {
  const normalised = value.normalize('NFKC').trim();
  if (!MASK_CHARS.test(normalised)) return null;
  return LAST4.exec(normaliseIdentityNumber(normalised).replace(/[^0-9A-Z]/g, ''))?.[1] ?? null;
}

/** The first character of a name, NFKC and uppercased ("张伟" → "张"); null for an empty name. */
export function nameInitial(name: string): string | null {
  const [first] = Array.from(name.normalize('NFKC').trim());
  if (!first || first === '*') return null;
  return first.toUpperCase();
}

/** The exact string hashed for a weak link, or null when the number is not masked or no name. */
export function weakHashInput(maskedNumber: string, name: string): string | null {
  const last4 = maskedLast4(maskedNumber);
  const initial = nameInitial(name);
  return last4 && initial ? `weak:${last4}|${initial}` : null;
}
