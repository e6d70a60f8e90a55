// Types for amount.js (plain ES module served to the browser as-is).
export type ParsedAmount = { ok: true; value: number } | { ok: false; reason: string };
export interface NzhMoney {
  toMoney(num: number | string, options?: { outSymbol?: boolean; forceZheng?: boolean }): string;
}
export function parseAmount(text: string | null | undefined): ParsedAmount;
export function formatAmount(value: number): string;
export function amountInWords(
  text: string,
  currencyCode: string,
  nzh: NzhMoney | undefined,
): string;
