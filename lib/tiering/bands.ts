import type { AmountBand } from '../signals/kinds';

/** The band (between two configured edges, in CNY) an amount falls in. Edges ascending. */
export function amountBand(valueCny: number, edgesCny: readonly number[]): AmountBand {
  let min = 0;
  for (const edge of edgesCny) {
    if (valueCny < edge) return { min, max: edge };
    min = edge;
  }
  return { min, max: null };
}

function yuan(value: number): string {
  return `¥${Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** "¥200,000–¥2,000,000", "≥ ¥2,000,000" or "< ¥50,000": a band, never the exact figure. */
export function formatBand(band: AmountBand): string {
  if (band.max === null) return `≥ ${yuan(band.min)}`;
  if (band.min === 0) return `< ${yuan(band.max)}`;
  return `${yuan(band.min)}–${yuan(band.max)}`;
}

export function formatYuan(value: number): string {
  return yuan(value);
}
