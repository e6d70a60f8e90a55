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
