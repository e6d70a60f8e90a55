import fc from 'fast-check';
import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../lib/signals';

type Case = [input: string, value: number | null, currency?: string];

const cases: Case[] = [
  // plain figures
  ['1234567.89', 1234567.89, 'CNY'],
  ['1,234,567.89', 1234567.89, 'CNY'],
  ['600,000.00', 600000, 'CNY'],
  ['600000', 600000, 'CNY'],
  ['0.50', 0.5, 'CNY'],
  ['0', 0, 'CNY'],
  ['1 234 567.89', 1234567.89, 'CNY'],
  ['  2,000.00  ', 2000, 'CNY'],
  // CNY markers
  ['¥1,234,567.89', 1234567.89, 'CNY'],
  ['￥600,000.00', 600000, 'CNY'],
  ['RMB 1,234,567.89', 1234567.89, 'CNY'],
  ['CNY600000', 600000, 'CNY'],
  ['人民币600,000.00', 600000, 'CNY'],
  ['600,000.00元', 600000, 'CNY'],
  ['600,000元整', 600000, 'CNY'],
  // full-width
  ['１２３，４５６．７８', 123456.78, 'CNY'],
  ['￥１２３４５６', 123456, 'CNY'],
  // 万 / 亿
  ['123.45万', 1234500, 'CNY'],
  ['60万元', 600000, 'CNY'],
  ['1.2亿', 120000000, 'CNY'],
  ['5千', 5000, 'CNY'],
  ['1.5千万', 15000000, 'CNY'],
  // 大写 and lowercase Chinese numerals
  ['壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分', 1234567.89, 'CNY'],
  ['人民币壹拾万元整', 100000, 'CNY'],
  ['人民币陆拾万元整', 600000, 'CNY'],
  ['壹仟零伍元', 1005, 'CNY'],
  ['壹万零伍佰元整', 10500, 'CNY'],
  ['壹元零伍分', 1.05, 'CNY'],
  ['捌角', 0.8, 'CNY'],
  ['零元整', 0, 'CNY'],
  ['拾万元', 100000, 'CNY'],
  ['壹亿贰仟万元整', 120000000, 'CNY'],
  ['十万元', 100000, 'CNY'],
  ['伍拾万圆整', 500000, 'CNY'],
  // foreign currencies
  ['USD 150,000.00', 150000, 'USD'],
  ['$150,000', 150000, 'USD'],
  ['US$ 150,000', 150000, 'USD'],
  ['150,000.00 USD', 150000, 'USD'],
  ['美元 100', 100, 'USD'],
  ['HK$ 10,000', 10000, 'HKD'],
  ['港币10,000.00', 10000, 'HKD'],
  ['£2,500.50', 2500.5, 'GBP'],
  ['JPY 1,000,000', 1000000, 'JPY'],
  ['壹佰美元', 100, 'USD'],
  ['美元壹拾伍万元整', 150000, 'USD'],
  ['港币贰万元整', 20000, 'HKD'],
  // garbage, negative-looking, ambiguous
  ['', null],
  ['   ', null],
  ['—', null],
  ['abc', null],
  ['NaN', null],
  ['Infinity', null],
  ['1e5', null],
  ['0x10', null],
  ['-100', null],
  ['−100', null],
  ['(100)', null],
  ['100-', null],
  ['负100元', null],
  ['1.234', null],
  ['1,23', null],
  ['1,2345.00', null],
  ['1.234.567', null],
  ['1.234,56', null],
  ['007', null],
  ['$100元', null],
  ['USD 100 EUR', null],
  ['3万5千', null],
  ['约10万', null],
  ['10万万', null],
  ['壹佰拾', null],
  ['壹x佰', null],
  ['一二三', null],
  ['元整', null],
  ['USDT 100', null],
  ['1234567890123456', null],
  ['<img src=x onerror=alert(1)>', null],
];

describe('parseAmount', () => {
  it('has at least 40 table cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%j → %j %s', (input, value, currency) => {
    const parsed = parseAmount(input);
    if (value === null) {
      expect(parsed).toBeNull();
    } else {
      expect(parsed).toEqual({ value, currency });
    }
  });

  it('uses the currency field when the text names none', () => {
    expect(parseAmount('150,000.00', { defaultCurrency: 'USD' })).toEqual({
      value: 150000,
      currency: 'USD',
    });
    expect(parseAmount('¥150,000.00', { defaultCurrency: 'USD' })).toEqual({
      value: 150000,
      currency: 'CNY',
    });
  });

  it('reads a decimal comma only for currencies the profile names', () => {
    expect(parseAmount('€9.000,00')).toBeNull();
    expect(parseAmount('€9.000,00', { decimalCommaCurrencies: ['EUR'] })).toEqual({
      value: 9000,
      currency: 'EUR',
    });
    expect(
      parseAmount('9.000,00', { defaultCurrency: 'EUR', decimalCommaCurrencies: ['EUR'] }),
    ).toEqual({
      value: 9000,
      currency: 'EUR',
    });
    // the same profile still reads CNY the usual way
    expect(parseAmount('¥9,000.00', { decimalCommaCurrencies: ['EUR'] })).toEqual({
      value: 9000,
      currency: 'CNY',
    });
  });

  it('returns null for anything that is not a string', () => {
    for (const input of [undefined, null, 600000, {}, ['600,000']])
      expect(parseAmount(input)).toBeNull();
  });

  it('never throws and never returns a negative or non-finite value (property)', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789,.-+ ¥$€£元角分整万亿千百十零壹贰叁肆伍陆柒捌玖拾佰仟一二三USDCNYRMB人民币美()e'.split(
        '',
      ),
    );
    const amountish = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), amountish), (text) => {
        const parsed = parseAmount(text);
        if (parsed !== null) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every figure nzh writes as 大写 money', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (yuan, fen) => {
          const figure = yuan + fen / 100;
          const words = `人民币${toMoneyWords(figure)}`;
          expect(parseAmount(words)?.value).toBeCloseTo(figure, 2);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function toMoneyWords(value: number): string {
  return nzh.toMoney(value.toFixed(2), { outSymbol: false });
}
