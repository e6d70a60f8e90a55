/** Small, dependency-free statistics for benchmark samples. */

export interface Distribution {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  min: number;
  sum: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function distribution(samples: readonly number[]): Distribution {
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    n: samples.length,
    mean: samples.length ? sum / samples.length : NaN,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : NaN,
    min: samples.length ? Math.min(...samples) : NaN,
    sum,
  };
}

/** Rounds for display and JSON: 3 significant decimals under 1, 2 under 100, else integers. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const digits = abs < 1 ? 3 : abs < 100 ? 2 : 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function fmt(x: number): string {
  return Number.isFinite(x) ? round(x).toLocaleString('en-US') : 'n/a';
}

/** "p50 a / p95 b / max c ms (n=…)" */
export function describe(d: Distribution, unit = 'ms'): string {
  return `p50 ${fmt(d.p50)} / p95 ${fmt(d.p95)} / max ${fmt(d.max)} ${unit} (n=${d.n})`;
}

/** Rounds every number of a distribution, for the results file. */
export function rounded(d: Distribution): Distribution {
  const entries = Object.entries(d) as [keyof Distribution, number][];
  return Object.fromEntries(entries.map(([k, v]) => [k, round(v)])) as Record<
    keyof Distribution,
    number
  >;
}
