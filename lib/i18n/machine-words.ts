/**
 * Finds English machine words in text meant for a zh-CN reader: error codes (`invalid_token`),
 * enum values (`wealth`), catalogue keys that were never translated (`optionsTitle`). Used by the
 * unit test over every catalogue and error-word table, and by the e2e walk over the live pages.
 *
 * A token is a run of ASCII letters, digits and `_`. It is flagged when a `_` joins letters
 * (snake_case is always a code), or when it is all letters, three or more, and not a proper term below.
 * Tokens mixing letters and digits (T001, 0101, Base64, a masked hex reference) are identifiers
 * and formats, not English words. Text in 「」 is a name the bank wrote itself in its own file (a
 * field name, a specialty it made up) and is shown as written.
 */

/**
 * Proper terms a Chinese-speaking bank clerk reads as they are: keys on the keyboard, file formats
 * and the programs that open them, the web's own words an admin types, and IT. Not allowed: VIP
 * (a label the service principles forbid saying to a client), and any English gloss of a Chinese
 * word ("Terminal profile").
 */
export const ALLOWED_TERMS: readonly string[] = [
  // Keys the teller presses.
  'Alt',
  'Ctrl',
  'Shift',
  'Esc',
  'Enter',
  'Tab',
  // File formats and the program a supervisor opens them in.
  'CSV',
  'JSON',
  'Excel',
  'PDF',
  // What an admin types or reads on a settings page.
  'URL',
  'API',
  'HTTP',
  'HTTPS',
  'http',
  'https',
  'Chrome',
  'Chromium',
  'UTC',
  // Said in English in Chinese too (two-letter ones such as IT and ID pass the rule anyway).
  'PIN',
  'CVV',
  // The language picker names each language in itself.
  'English',
];

/** Multi-word proper names, removed before tokenising. */
export const ALLOWED_PHRASES: readonly string[] = ['Teller Sidekick'];

const allowed = new Set(ALLOWED_TERMS);

/** The machine words in `text`, in order (empty when the text is fit for a zh-CN reader). */
export function machineWords(text: string): string[] {
  let rest = text.replace(/「[^」]*」/g, ' ').replace(/\$\d/g, ' ');
  for (const phrase of ALLOWED_PHRASES) rest = rest.split(phrase).join(' ');
  const tokens = rest.match(/[A-Za-z0-9_]+/g) ?? [];
  return tokens.filter(
    (token) =>
      /[A-Za-z]_|_[A-Za-z]/.test(token) || (/^[A-Za-z]{3,}$/.test(token) && !allowed.has(token)),
  );
}
