import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { amountInWords, formatAmount, parseAmount } from '../../../demo/public/amount.js';

describe('amount field', () => {
  it.each([
    ['600000', 600000],
    ['600,000.00', 600000],
    [' 2 000 ', 2000],
    ['1，500，000', 1500000],
    ['0.5', 0.5],
  ])('accepts %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', '请输入金额'],
    [null, '请输入金额'],
    ['abc', '金额格式不正确'],
    ['12.345', '金额格式不正确'],
    ['-100', '金额格式不正确'],
    ['1e5', '金额格式不正确'],
    ['0', '金额必须大于零'],
  ])('rejects %j: %s', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it.each([
    [600000, '600,000.00'],
    [1500000, '1,500,000.00'],
    [0.5, '0.50'],
  ])('formats %d as %s on blur', (value, shown) => {
    expect(formatAmount(value)).toBe(shown);
  });

  it.each([
    ['600000', 'CNY', '人民币陆拾万元整'],
    ['600,000.00', 'CNY', '人民币陆拾万元整'],
    ['150000', 'USD', '美元壹拾伍万元整'],
    ['120000', 'CNY', '人民币壹拾贰万元整'],
    ['1234.56', 'HKD', '港币壹仟贰佰叁拾肆元伍角陆分'],
    ['abc', 'CNY', ''],
    ['', 'CNY', ''],
  ])('writes %s %s in words as %j', (text, currency, words) => {
    expect(amountInWords(text, currency, nzh)).toBe(words);
  });
});
