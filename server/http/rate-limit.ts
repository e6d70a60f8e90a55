/**
 * Token buckets in process memory: per token for requests, per client address for failed
 * authentications. With several server instances behind a load
 * balancer each instance keeps its own buckets, so the effective limit is per instance
 * (documented in docs/server.md).
 */
export interface RateLimitConfig {
  /** Burst size: requests allowed at once. */
  capacity: number;
  /** Sustained rate. */
  refillPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { capacity: 60, refillPerSecond: 20 };

/**
 * Failed authentications per client address (each one costs a database lookup): a burst of 20,
 * then one every 3 seconds. A device whose token was revoked stops syncing at the first 401.
 */
export const DEFAULT_FAILED_AUTH_LIMIT: RateLimitConfig = { capacity: 20, refillPerSecond: 1 / 3 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly nowMs: () => number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until `key` has a request's worth again (0: now), without taking any. */
  waitMs(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const refilled = Math.min(
      this.config.capacity,
      bucket.tokens + ((this.nowMs() - bucket.at) / 1000) * this.config.refillPerSecond,
    );
    return refilled >= 1 ? 0 : Math.ceil(((1 - refilled) / this.config.refillPerSecond) * 1000);
  }

  /** Takes one request's worth; returns 0 when allowed, else milliseconds until one is available. */
  take(key: string): number {
    const now = this.nowMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.config.capacity, at: now };
    const refilled = Math.min(
      this.config.capacity,
      bucket.tokens + ((now - bucket.at) / 1000) * this.config.refillPerSecond,
    );
    this.buckets.delete(key); // re-inserted below: Map order doubles as least-recently-used order
    if (refilled >= 1) {
      this.buckets.set(key, { tokens: refilled - 1, at: now });
      this.evict();
      return 0;
    }
    this.buckets.set(key, { tokens: refilled, at: now });
    return Math.ceil(((1 - refilled) / this.config.refillPerSecond) * 1000);
  }

  private evict(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) return;
      this.buckets.delete(oldest);
    }
  }
}
