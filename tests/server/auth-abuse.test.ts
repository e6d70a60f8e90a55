// @vitest-environment node
/**
 * Guessing tokens is limited per client address (each guess costs a database lookup): after the
 * allowance, 429 with Retry-After and no lookup, while other addresses are unaffected; the
 * allowance comes back with time (injected clock). CORS lets in only the configured extension ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import { extensionIdFromKey, unpackedExtensionId } from '../../server/util/extension-id';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const OUR_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

describe.each(DB_TARGETS)('failed authentication and CORS on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target, {
      failedAuthLimit: { capacity: 3, refillPerSecond: 1 / 10 },
      clientAddress: (c) => c.req.header('x-test-address') ?? 'unknown',
      allowedExtensionIds: [OUR_ID],
    });
  });
  afterAll(async () => h.close());

  const guess = (address: string, token = 'sk_not-a-real-token-000000') =>
    h.call('GET', '/v1/me', { token, headers: { 'x-test-address': address } });

  it('an address that keeps failing gets 429 with Retry-After; other addresses do not', async () => {
    for (let i = 0; i < 3; i++) expect((await guess('10.0.0.66')).status).toBe(401);
    const limited = await guess('10.0.0.66');
    expect(limited.status).toBe(429);
    expect(limited.json.error).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even a good token from that address waits: the limit is taken before the lookup.
    expect((await guess('10.0.0.66', h.tokens.teller)).status).toBe(429);
    // Malformed and revoked tokens count too.
    expect((await guess('10.0.0.77', 'x')).status).toBe(401);
    expect((await guess('10.0.0.77', h.tokens.revoked)).status).toBe(401);
    expect((await guess('10.0.0.77', h.tokens.teller)).status).toBe(200);
    expect((await guess('10.0.0.88', h.tokens.teller)).status).toBe(200);
  });

  it('successful requests do not use up the allowance, and it refills with time', async () => {
    for (let i = 0; i < 10; i++)
      expect((await guess('10.0.0.99', h.tokens.teller)).status).toBe(200);
    expect((await guess('10.0.0.99')).status).toBe(401);
    h.clock.advance(10_000);
    expect((await guess('10.0.0.66')).status).toBe(401);
    expect((await guess('10.0.0.66')).status).toBe(429);
  });

  it('CORS answers the configured extension only', async () => {
    const preflight = (origin: string) =>
      h.app.request('/v1/me', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight(`chrome-extension://${OUR_ID}`);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(`chrome-extension://${OUR_ID}`);
    for (const origin of [
      `chrome-extension://${OTHER_ID}`,
      'moz-extension://1b2c3d4e-0000-4000-8000-000000000000',
      'https://evil.example',
      'null',
    ]) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const simple = await h.call('GET', '/v1/me', {
      as: 'teller',
      headers: { origin: `chrome-extension://${OTHER_ID}` },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('extension ids and their configuration', () => {
  it('ALLOWED_EXTENSION_IDS is parsed, checked, and empty by default', () => {
    expect(configFromEnv({}).allowedExtensionIds).toEqual([]);
    expect(
      configFromEnv({ ALLOWED_EXTENSION_IDS: ` ${OUR_ID}, ${OTHER_ID} ` }).allowedExtensionIds,
    ).toEqual([OUR_ID, OTHER_ID]);
    expect(() => configFromEnv({ ALLOWED_EXTENSION_IDS: 'chrome-extension://x' })).toThrow(
      /ALLOWED_EXTENSION_IDS/,
    );
  });

  it('computes ids the way Chromium does', () => {
    // Any DER public key: the id is 32 letters a–p.
    expect(
      extensionIdFromKey(
        'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyDn2rX3OAcbnr8zFLM/pz7DKHNrmlWxoKpzxr98jwkyIw6rwbNRZjSwTVS0nv0rT5oSqHyIekhJrwrJThcrLe8EMDnqMOONEzz9lUkr5i9s5IeonaIk/Bw7pnLdzbaqfkTIPtSmpjF4+6CNzdqi+yfrINQs4S4kqIaDn4Bbr3gkcQ8LEe0dpd5J4bAIqNdZ/GHgpkkQfF4Xz/2QS3vXZcW7CCDbN0iZHT4xRpBUGPu5GP5GMtpWAEa+UOT8f3Pu2b9ZmA0U1i4nDJqApMF1mvxG5xItf5iwSwxoFDGTKbqvGP4u0ptemEZI4vi48dzD2Kr8OT4GBvcbWh8sAbq4CQIDAQAB',
      ),
    ).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId('/nonexistent/extension')).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId('/a')).not.toBe(unpackedExtensionId('/b'));
  });
});
