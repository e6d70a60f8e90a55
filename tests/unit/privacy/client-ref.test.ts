import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientRef, decodeBranchKey, importBranchKey, normaliseAccountNumber } from '@/lib/privacy';

const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const keyBytes = Buffer.from(HEX_KEY, 'hex');

describe('clientRef', () => {
  it('is HMAC-SHA-256 of the normalised number, as 64 lowercase hex (checked against node:crypto)', async () => {
    const expected = createHmac('sha256', keyBytes).update('6222021234567890').digest('hex');
    const key = await importBranchKey(HEX_KEY);
    expect(await clientRef(key, '6222021234567890')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['spaces', '6222 0212 3456 7890'],
    ['dashes', '6222-0212-3456-7890'],
    ['full-width digits', '６２２２０２１２３４５６７８９０'],
    ['full-width space and dots', '6222\u30000212.3456．7890'],
  ])('links the same number written with %s', async (_label, written) => {
    const key = await importBranchKey(HEX_KEY);
    expect(await clientRef(key, written)).toBe(await clientRef(key, '6222021234567890'));
  });

  it('accepts raw key bytes as well as a CryptoKey', async () => {
    const fromBytes = await clientRef(new Uint8Array(keyBytes), '6222021234567890');
    expect(fromBytes).toBe(await clientRef(await importBranchKey(HEX_KEY), '6222021234567890'));
  });

  it('differs between branches (different keys) and between numbers', async () => {
    const a = await importBranchKey(HEX_KEY);
    const b = await importBranchKey('ff'.repeat(32));
    expect(await clientRef(a, '6222021234567890')).not.toBe(await clientRef(b, '6222021234567890'));
    expect(await clientRef(a, '6222021234567890')).not.toBe(await clientRef(a, '6222021234567891'));
  });

  it.each([[''], ['12345'], ['6222 abc? 7890'], ['1'.repeat(35)]])(
    'rejects %j without echoing it',
    async (bad) => {
      const key = await importBranchKey(HEX_KEY);
      const error = await clientRef(key, bad).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/6–34 digits or letters/);
      if (bad.length >= 5) expect(error?.message).not.toContain(bad);
    },
  );
});

describe('normaliseAccountNumber', () => {
  it.each([
    ['6222 0212-3456 7890', '6222021234567890'],
    ['６２２２　０２１２', '62220212'],
    ['gb82 west 1234', 'GB82WEST1234'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseAccountNumber(input)).toBe(expected);
  });
});

describe('decodeBranchKey / importBranchKey', () => {
  it.each([
    ['bare hex', HEX_KEY],
    ['hex: prefix', `hex:${HEX_KEY.toUpperCase()}`],
    ['base64', keyBytes.toString('base64')],
    ['base64url without padding', keyBytes.toString('base64url')],
    ['base64: prefix', `base64:${keyBytes.toString('base64')}`],
    ['surrounding whitespace', `  ${HEX_KEY}\n`],
  ])('reads %s', (_label, encoded) => {
    expect(Buffer.from(decodeBranchKey(encoded)).equals(keyBytes)).toBe(true);
  });

  it.each([
    ['too short', '00112233', /at least 16 bytes/],
    ['not base64 or hex', 'not a key!', /not valid base64 or hex/],
    ['odd hex after prefix', 'hex:abc', /even number/],
  ])('rejects a key that is %s', (_label, encoded, message) => {
    expect(() => decodeBranchKey(encoded)).toThrow(message);
  });

  it('imports a non-extractable HMAC key', async () => {
    const key = await importBranchKey(HEX_KEY);
    expect(key.extractable).toBe(false);
    expect(key.algorithm.name).toBe('HMAC');
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
