/**
 * Recognises the identifiers a teller might type or paste: mainland ID numbers (居民身份证),
 * payment cards, mainland mobile numbers and other long account numbers. Input is a number already
 * reduced to ASCII digits (plus a final X for IDs).
 */
import { isLuhnValid } from './luhn';

export type IdentifierKind = 'id_card' | 'card' | 'mobile' | 'landline' | 'account';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check character of an 18-character ID number. */
export function isValidIdChecksum(id: string): boolean {
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (id.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === id[17];
}

function plausibleDate(yyyy: number, mm: number, dd: number): boolean {
  return yyyy >= 1900 && yyyy <= 2099 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/** 18-character ID (17 digits + digit/X, valid checksum or a plausible birth date) or 15-digit old ID. */
export function looksLikeMainlandId(run: string): boolean {
  if (/^[0-9]{17}X$/.test(run)) return true;
  if (/^[1-9][0-9]{16}[0-9]$/.test(run)) {
    const birth = plausibleDate(
      Number(run.slice(6, 10)),
      Number(run.slice(10, 12)),
      Number(run.slice(12, 14)),
    );
    return isValidIdChecksum(run) || birth;
  }
  if (/^[1-9][0-9]{14}$/.test(run)) {
    return plausibleDate(
      1900 + Number(run.slice(6, 8)),
      Number(run.slice(8, 10)),
      Number(run.slice(10, 12)),
    );
  }
  return false;
}

export const MOBILE = /^1[3-9][0-9]{9}$/;
/** Mainland mobile with the country code written in front (86…, 0086…). */
export const MOBILE_WITH_COUNTRY = /^(?:0086|86)(1[3-9][0-9]{9})$/;
/** Fixed line with area code: 0 + 9–11 digits (010-12345678, 0755-1234567). */
export const LANDLINE = /^0[1-9][0-9]{8,10}$/;

/** Minimum digits for an anonymous number to count as an account number. */
export const ACCOUNT_MIN_DIGITS = 10;

/** What a run of digits is, or null when it is too short to identify anyone. */
export function classifyNumber(run: string): IdentifierKind | null {
  const digits = run.replace(/X$/, '');
  // A 15-digit number that passes Luhn is more likely a card than an old ID; 18 characters is an ID.
  const luhnCard = digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits);
  if (looksLikeMainlandId(run) && (run.length === 18 || !luhnCard)) return 'id_card';
  if (MOBILE.test(digits) || MOBILE_WITH_COUNTRY.test(digits)) return 'mobile';
  if (luhnCard) return 'card';
  if (LANDLINE.test(digits)) return 'landline';
  return digits.length >= ACCOUNT_MIN_DIGITS ? 'account' : null;
}
