// @vitest-environment node
/** Per-token rate limit, and request logs that hold no tokens, bodies or contact data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../server/http/rate-limit';
import { makeEvent, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

describe('token bucket', () => {
  it('allows a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 4 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 250]);
    expect(limiter.take('b')).toBe(0);
    now += 250;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('forgets the least recently used keys beyond its bound', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, () => 0, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // evicts a
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('c')).toBeGreaterThan(0);
  });
});

describe.each(DB_TARGETS)('rate limit and logs on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target, { rateLimit: { capacity: 3, refillPerSecond: 1 } });
  });
  afterAll(async () => h.close());

  it('answers 429 with Retry-After once a token has used its burst, and only for that token', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await h.call('GET', '/v1/me', { as: 'lobby' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await h.call('GET', '/v1/me', { as: 'lobby' });
    expect(limited.json).toMatchObject({
      error: 'rate_limited',
      details: { retryAfterMs: expect.any(Number) as unknown },
    });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await h.call('GET', '/v1/me', { as: 'supervisor' })).status).toBe(200);
    h.clock.advance(1000);
    expect((await h.call('GET', '/v1/me', { as: 'lobby' })).status).toBe(200);
  });

  it('logs one line per request with method, path, status, duration and a token id prefix — nothing else', async () => {
    h.logs.length = 0;
    h.clock.advance(10_000);
    const referral = makeReferral({
      contact: { name: '欧阳女士', phone: '139 1234 5678' },
      tellerNote: '客户说下周再来',
    });
    await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [referral], events: [makeEvent(referral, 1)] },
    });
    await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      body: { referrals: [{ ...referral, consent: false }] },
    });
    await h.call('GET', '/v1/referrals', { as: 'manager' });
    await h.call('GET', '/v1/me', { token: 'sk_notARealTokenButLooksLikeOne0000000000' });
    await h.call('POST', '/v1/sync/push', {
      as: 'teller',
      rawBody: '{"contact":{"phone":"13912345678"',
    });

    expect(h.logs).toHaveLength(5);
    const lines = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['POST', '/v1/sync/push', 200],
      ['POST', '/v1/sync/push', 400],
      ['GET', '/v1/referrals', 200],
      ['GET', '/v1/me', 401],
      ['POST', '/v1/sync/push', 400],
    ]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        expect.arrayContaining(['method', 'ms', 'path', 'status']),
      );
      expect(
        Object.keys(line).every((k) =>
          ['msg', 'method', 'path', 'status', 'ms', 'token'].includes(k),
        ),
      ).toBe(true);
    }
    expect(lines[0]?.token).toMatch(/^[0-9a-f]{8}$/);
    const all = h.logs.join('\n');
    for (const secret of [
      ...Object.values(h.tokens),
      'sk_notARealTokenButLooksLikeOne',
      '欧阳',
      '139 1234 5678',
      '13912345678',
      referral.clientRef,
      referral.summary,
      '客户说下周再来',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
