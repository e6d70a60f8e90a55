// Amount parsing, display formatting and the 大写金额 line.
import { CURRENCIES } from './biz-types.js';

const AMOUNT = /^\d+(\.\d{1,2})?$/;

/**
 * Parses what a teller typed ("600000", "600,000.00", " 2 000 ").
 * Returns { ok: true, value } or { ok: false, reason } with a zh-CN reason.
 */
export function parseAmount(text) {
  const compact = String(text ?? '').replace(/[,\s，]/g, '');
  if (compact === '') return { ok: false, reason: '请输入金额' };
  if (!AMOUNT.test(compact)) return { ok: false, reason: '金额格式不正确' };
  const value = Number(compact);
  if (value <= 0) return { ok: false, reason: '金额必须大于零' };
  return { ok: true, value };
}

/** 600000 → "600,000.00" */
export function formatAmount(value) {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * "人民币陆拾万元整", "美元壹拾伍万元整"; "" when the amount is not valid.
 * `nzh` is the nzh.cn object (window.Nzh in the browser, `nzh/cn` in Node).
 */
export function amountInWords(text, currencyCode, nzh) {
  const parsed = parseAmount(text);
  if (!parsed.ok || !nzh) return '';
  const prefix = CURRENCIES.find((c) => c.code === currencyCode)?.zh ?? '人民币';
  return prefix + nzh.toMoney(parsed.value.toFixed(2), { outSymbol: false, forceZheng: true });
}
