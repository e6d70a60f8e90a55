import { describe, expect, it } from 'vitest';
import { maskDigitRuns, maskLast4 as detectMaskLast4 } from '@/lib/detect/mask';
import { classifyNumber, isLuhnValid, isValidIdChecksum, last4, maskLast4 } from '@/lib/privacy';

describe('maskLast4', () => {
  it.each([
    ['6222 0212 3456 7890', '**** 7890'],
    ['６２２２０２１２３４５６７８９０', '**** 7890'],
    ['62220212345678901', '**** 8901'],
    ['1234', '****'],
    ['12', '****'],
    ['', '****'],
    // An ID number keeps its check character; the asterisks already in it are not digits.
    ['110101********123X', '**** 123X'],
    ['11010519491231002x', '**** 002x'],
    ['138-1234-5678', '**** 5678'],
    ['ABCDEFG', '****'],
  ])('%j → %j', (input, expected) => {
    expect(maskLast4(input)).toBe(expected);
  });

  it.each(['6222 0212 3456 7890', '110101********123X', '1234', '', '**** 1234'])(
    'masking %j twice is masking it once',
    (input) => {
      expect(maskLast4(maskLast4(input))).toBe(maskLast4(input));
    },
  );

  it('is the mask the detect step and the content script use', () => {
    expect(detectMaskLast4).toBe(maskLast4);
    expect(maskDigitRuns('卡号 6222 0212 3456 7890 请核对')).toBe(
      `卡号 ${maskLast4('6222 0212 3456 7890')} 请核对`,
    );
  });

  it('last4 returns the digits only when there are at least 4', () => {
    expect(last4('6222 0212 3456 7890')).toBe('7890');
    expect(last4('12')).toBeUndefined();
  });
});

describe('identifier rules', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['', false],
  ])('Luhn %s → %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });

  it.each([
    ['11010519491231002X', true],
    ['11010519491231002Y', false],
    ['110105194912310021', false],
  ])('ID checksum %s → %s', (id, valid) => {
    expect(isValidIdChecksum(id)).toBe(valid);
  });

  it.each([
    ['11010519491231002X', 'id_card'],
    ['110105491231002', 'id_card'],
    ['4111111111111111', 'card'],
    ['13812345678', 'mobile'],
    ['8613812345678', 'mobile'],
    ['01012345678', 'landline'],
    ['123456789012', 'account'],
    ['123456789', null],
  ])('%s is %s', (run, kind) => {
    expect(classifyNumber(run)).toBe(kind);
  });
});
