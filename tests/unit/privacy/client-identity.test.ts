import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  maskedLast4,
  nameInitial,
  numberHashInput,
  weakHashInput,
  type NumberIdentityKind,
} from '@/lib/privacy/client-identity';
import { clientRef, hmacHex, importBranchKey } from '@/lib/privacy/client-ref';

const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const keyBytes = Buffer.from(HEX_KEY, 'hex');
/** The reference computed independently of the code under test. */
const expected = (input: string) =>
  createHmac('sha256', keyBytes).update(input, 'utf8').digest('hex');

describe('identity hash inputs: one definition per kind, checked against node:crypto', () => {
  it.each<[string, NumberIdentityKind, string, string]>([
    ['card, spaces', 'card', '6222 0212 3456 7890', '6222021234567890'],
    ['card, full-width digits', 'card', '６２２２０２１２３４５６７８９０', '6222021234567890'],
    ['account, dashes', 'account', '6230-5812-3456-7890', '6230581234567890'],
    ['account, IBAN letters', 'account', 'gb29 nwbk 6016 1331 9268 19', 'GB29NWBK60161331926819'],
    ['customer number', 'customer', '  C-0012 3456 ', 'cust:C00123456'],
    ['customer number, full-width', 'customer', '８８０１２３４５', 'cust:88012345'],
    ['ID number, trailing x', 'id', '110101 19900307 123x', 'id:11010119900307123X'],
    ['ID number, full-width X', 'id', '11010119900307123Ｘ', 'id:11010119900307123X'],
    ['HK ID, parentheses', 'id', 'A123456(7)', 'id:A1234567'],
  ])('%s', async (_label, kind, written, input) => {
    expect(numberHashInput(kind, written)).toBe(input);
    const key = await importBranchKey(HEX_KEY);
    expect(await hmacHex(key, input)).toBe(expected(input));
  });

  it('card and account numbers hash exactly as clientRef always did, so existing links survive', async () => {
    const key = await importBranchKey(HEX_KEY);
    for (const kind of ['card', 'account'] as const) {
      const input = numberHashInput(kind, '6222 0212 3456 7890');
      expect(input).not.toBeNull();
      expect(await hmacHex(key, input ?? '')).toBe(await clientRef(key, '6222 0212 3456 7890'));
    }
  });

  it('the same digits as another kind are another client (domain separation)', () => {
    const inputs = (['account', 'customer', 'id'] as const).map((k) =>
      numberHashInput(k, '12345678'),
    );
    expect(new Set(inputs).size).toBe(3);
  });

  it.each<[NumberIdentityKind, string]>([
    ['card', '6222 **** **** 1234'],
    ['account', 'XXXX-XXXX-4821'], // masked with letters: every such client would share one ref
    ['card', '6222xxxxxxxx1234'],
    ['card', '12345'],
    ['account', ''],
    ['customer', '123'],
    ['id', '110101********123X'],
    ['id', '1'.repeat(25)],
  ])('%s %j is not a full number: no input', (kind, written) => {
    expect(numberHashInput(kind, written)).toBeNull();
  });
});

describe('the weak link: last 4 of a masked number and the name initial', () => {
  it.each([
    ['6222 **** **** 1234', '张伟', 'weak:1234|张'],
    ['6222 •••• •••• 1234', '张 伟', 'weak:1234|张'],
    ['**** 1234', '张*', 'weak:1234|张'],
    ['110101********123x', 'zhang wei', 'weak:123X|Z'],
    ['6222XXXXXXXX1234', 'Ｌｉ Ｍｉｎｇ', 'weak:1234|L'],
  ])('%j + %j → %j', async (masked, name, input) => {
    expect(weakHashInput(masked, name)).toBe(input);
    expect(await hmacHex(new Uint8Array(keyBytes), input)).toBe(expected(input));
  });

  it.each([
    ['a full number is no weak link', '6222021234567890', '张伟'],
    ['no name', '6222 **** **** 1234', ''],
    ['a name already masked away', '6222 **** **** 1234', '*'],
    ['fewer than 4 digits shown', '**** **12', '张伟'],
  ])('%s', (_label, masked, name) => {
    expect(weakHashInput(masked, name)).toBeNull();
  });

  it('pieces', () => {
    expect(maskedLast4('6222 **** **** 1234')).toBe('1234');
    expect(nameInitial('  王五')).toBe('王');
  });
});
