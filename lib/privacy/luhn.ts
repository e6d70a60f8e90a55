/** The Luhn (mod 10) check used by payment card numbers. `digits` must be ASCII digits only. */
export function isLuhnValid(digits: string): boolean {
  if (!/^[0-9]{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The digit that makes `partial + digit` Luhn-valid (used by tests and fixtures). */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d += 1) {
    if (isLuhnValid(partial + String(d))) return String(d);
  }
  throw new Error('luhnCheckDigit: digits only');
}
