/**
 * What the extension must never read: PINs, passwords, card security codes, one-time codes.
 * Used twice, on purpose: the profile schema rejects a profile that binds such a field, and the
 * runtime refuses to read such an element even if a profile slipped through.
 * No zod here: the content script imports this file.
 */

/** Latin words that mark a secret when they appear as a word in an id, name, selector or label. */
const SECRET_WORDS = new Set([
  'pin',
  'pins',
  'pwd',
  'passwd',
  'password',
  'passcode',
  'passphrase',
  'cvv',
  'cvv2',
  'cvn',
  'cvn2',
  'cvc',
  'cvc2',
  'csc',
  'otp',
  'secret',
]);

/** Chinese terms: 密码 (password/PIN), 口令, 安全码 (CVV), 校验码/验证码 (one-time codes). */
const SECRET_ZH = /密码|口令|安全码|校验码|验证码|动态码/;

/** `autocomplete` tokens that name a secret. */
const SECRET_AUTOCOMPLETE = /\b(current-password|new-password|one-time-code|cc-csc)\b/i;

/** Splits `txnPinCode`, `pin_code`, `#f-pin`, `input[type=password]` into lowercase words. */
function latinWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** True when a label, id, name, selector or field key looks like it names a secret. */
export function looksSensitive(text: string | null | undefined): boolean {
  if (!text) return false;
  if (SECRET_ZH.test(text)) return true;
  if (/cvv|cvn|cvc/i.test(text)) return true;
  return latinWords(text).some((word) => SECRET_WORDS.has(word));
}

/** True for an `autocomplete` attribute value that marks a secret. */
export function isSecretAutocomplete(value: string | null | undefined): boolean {
  return !!value && SECRET_AUTOCOMPLETE.test(value);
}
