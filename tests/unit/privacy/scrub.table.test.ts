import { describe, expect, it } from 'vitest';
import { containsIdentifier, scrubText } from '@/lib/privacy';

describe('scrubText masks identifiers in free text', () => {
  it.each([
    // [label, input, expected]
    ['card, spaced', '卡号6222 0212 3456 7890 请核对', '卡号**** 7890 请核对'],
    ['card, dashes', '6222-0212-3456-7890', '**** 7890'],
    ['card, dots and full-width space', '6222.0212\u30003456．7890', '**** 7890'],
    ['card, full-width digits', '卡：６２２２０２１２３４５６７８９０', '卡：**** 7890'],
    [
      'card, zero-width characters between digits',
      '6222\u200b0212\u200b3456\u200b7890',
      '**** 7890',
    ],
    ['account number (not Luhn), 12 digits', '账号 123456789012 转账', '账号 **** 9012 转账'],
    ['account number, 10 digits', 'acct 1234567890', 'acct **** 7890'],
    ['18-digit ID with X', '身份证11010519491231002X。', '身份证****。'],
    ['18-digit ID with lowercase x and spaces', '110105 19491231 002x', '****'],
    ['18-digit ID with full-width X', '１１０１０５１９４９１２３１００２Ｘ', '****'],
    ['18-digit ID, digit check', 'ID 110105194912310021 done', 'ID **** done'],
    ['15-digit old ID', '旧证 110105491231002', '旧证 ****'],
    ['mobile', '手机13812345678', '手机**** 5678'],
    ['mobile with dashes', '138-1234-5678', '**** 5678'],
    ['mobile with country code', '+86 138 1234 5678', '+**** 5678'],
    ['amount stays', '存款 50 万，期限 3 年', '存款 50 万，期限 3 年'],
    ['five to nine digits stay (not an identifier)', '金额 500000 元', '金额 500000 元'],
    ['date and time stay', '约 2024-05-06 10:30 面谈', '约 2024-05-06 10:30 面谈'],
    ['two short numbers split by a comma stay', '分机 1234，5678', '分机 1234，5678'],
    ['no digits', '客户喜欢面谈，偏好稳健', '客户喜欢面谈，偏好稳健'],
    ['empty', '', ''],
    // "㋀" is NFKC "1月": its "1" ends the account number, its "月" keeps the digits after apart.
    [
      'number ending inside a character that expands (㋀ = 1月)',
      '13000000000㋀000000',
      '**** 0001月000000',
    ],
    [
      'a whole expanded character after the number stays (㏠ = 1日)',
      '账号 12345678901㏠',
      '账号 **** 9011日',
    ],
  ])('%s', (_label, input, expected) => {
    expect(scrubText(input)).toBe(expected);
    expect(scrubText(scrubText(input)), 'scrubbing twice changes nothing').toBe(expected);
  });
});

describe('scrubText({ keepPhones: true }) — the consented contact field', () => {
  it.each([
    ['bare mobile kept as written', '手机 138 1234 5678', '手机 138 1234 5678'],
    ['country code written in brackets', '+86 138-1234-5678', '(+86) 13812345678'],
    ['0086 prefix', '0086 13812345678', '(+86) 13812345678'],
    [
      'country-coded mobile right after another number stays apart',
      '6222021234567890+86 13812345678',
      '**** 7890(+86) 13812345678',
    ],
    ['landline kept', '010-12345678', '010-12345678'],
    ['card still masked', '13812345678，卡 6222021234567890', '13812345678，卡 **** 7890'],
    ['ID still masked', '11010519491231002X', '****'],
  ])('%s', (_label, input, expected) => {
    expect(scrubText(input, { keepPhones: true })).toBe(expected);
  });
});

describe('scrubText never throws', () => {
  it.each([
    ['lone surrogates', '\ud800\udc00\ud800 6222021234567890'],
    ['control characters inside a number', '\u0000\u0007 138\u000012345678'],
    ['very long digit run', '9'.repeat(100_000)],
    ['many separators', '1' + ' -.'.repeat(10_000) + '2'],
  ])('%s', (_label, input) => {
    expect(() => scrubText(input)).not.toThrow();
    expect(scrubText(input)).not.toMatch(/[0-9]{5,}/);
  });

  it('returns an empty string for a non-string from untyped callers', () => {
    expect(scrubText(undefined as unknown as string)).toBe('');
  });
});

describe('containsIdentifier', () => {
  it.each([
    ['6222 0212 3456 7890', true],
    ['138 1234 5678', true],
    ['存款 50 万', false],
    ['**** 7890', false],
  ])('%s → %s', (input, expected) => {
    expect(containsIdentifier(input)).toBe(expected);
  });
});
