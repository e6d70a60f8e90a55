/**
 * Formula-injection neutralisation for spreadsheet cells (OWASP "CSV Injection"). A cell whose
 * first visible character could start a formula in Excel, WPS or LibreOffice — `=`, `+`, `-`, `@`,
 * their full-width forms `＝＋－＠`, or a leading tab, CR or LF — gets a leading apostrophe, so the
 * spreadsheet shows it as text instead of evaluating it. Numbers are never passed here.
 *
 * What comes before the first visible character is looked through: spaces (ASCII, no-break,
 * ideographic and the other Unicode spaces), which some importers trim, and invisible format
 * characters (zero-width space and joiners, word joiner, soft hyphen, BOM, bidi marks, embeddings,
 * overrides and isolates), which some importers drop. The invisible ones are removed from the
 * start of the cell: they carry nothing a reader can see, and a bidi override there could make the
 * cell read differently from what it holds.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

const SPACES = ' \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000';
const INVISIBLE = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff';
const LEADING = new RegExp(`^[${SPACES}${INVISIBLE}]*`, 'u');
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'gu');

export function neutraliseCell(value: string): string {
  const lead = LEADING.exec(value)?.[0] ?? '';
  const cell = lead.replace(INVISIBLE_CHARS, '') + value.slice(lead.length);
  const first = value.charAt(lead.length);
  return first !== '' && FORMULA_STARTS.has(first) ? `'${cell}` : cell;
}
