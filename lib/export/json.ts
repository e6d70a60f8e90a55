/**
 * A JSON array written in pieces: `[`, then rows separated by commas, then `]`. The rows are the
 * log rows as they are (no spreadsheet escaping: JSON is for programs).
 */
import type { ReferralLogRow } from '../contracts/referral-log';

export const JSON_ARRAY_START = '[';
export const JSON_ARRAY_END = ']\n';

/** `first`: no row has been written yet (so no leading comma). */
export function jsonArrayPiece(rows: readonly ReferralLogRow[], first: boolean): string {
  if (rows.length === 0) return '';
  return (first ? '\n' : ',\n') + rows.map((row) => JSON.stringify(row)).join(',\n');
}

export function toJsonArray(rows: readonly ReferralLogRow[]): string {
  return JSON_ARRAY_START + jsonArrayPiece(rows, true) + (rows.length ? '\n' : '') + JSON_ARRAY_END;
}
