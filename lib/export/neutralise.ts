/**
 * Formula-injection neutralisation for spreadsheet cells (OWASP "CSV Injection"). A cell whose
 * first visible character could start a formula in Excel, WPS or LibreOffice — `=`, `+`, `-`, `@`,
 * their full-width forms `＝＋－＠`, or a leading tab, CR or LF — gets a leading apostrophe, so the
 * spreadsheet shows it as text instead of evaluating it. Leading spaces (ASCII or the ideographic
 * space U+3000) are looked through, since some importers trim them. Numbers are never passed here.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

export function neutraliseCell(value: string): string {
  const first = /^[ \u3000]*([\s\S])/.exec(value)?.[1];
  return first !== undefined && FORMULA_STARTS.has(first) ? `'${value}` : value;
}
