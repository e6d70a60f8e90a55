/** Exponential backoff with jitter: base·2^(n−1), capped, then scaled into [½, 1] at random. */
export interface BackoffConfig {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffConfig = { baseMs: 2_000, maxMs: 5 * 60_000 };

/** Delay before attempt number `failures + 1`; `random` returns [0, 1) (injected for tests). */
export function backoffDelay(
  failures: number,
  random: () => number,
  config: BackoffConfig = DEFAULT_BACKOFF,
): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const capped = Math.min(config.maxMs, config.baseMs * 2 ** exponent);
  return Math.round(capped / 2 + (capped / 2) * random());
}
