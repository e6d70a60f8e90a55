/**
 * Chinese-numeral amounts: 大写 "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "人民币壹拾万元整" (the
 * prefix is stripped by the caller), and lowercase "十万元".
 *
 * nzh decodes the integer part (壹佰贰拾叁万…) but not money: it silently skips characters it
 * does not know, so "…陆拾柒元捌角玖分" decodes to a wrong figure and "壹x佰" to 100. So this module
 * splits 元/角/分 itself, lets nzh decode only a strictly checked integer part, and then
 * re-encodes the result with nzh to reject malformed numerals ("壹佰拾") instead of guessing.
 */
import nzh from 'nzh/cn';

/** Lowercase and traditional forms → the 大写 set nzh.decodeB knows. */
const TO_FINANCIAL: Readonly<Record<string, string>> = {
  〇: '零',
  一: '壹',
  二: '贰',
  两: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
  貳: '贰',
  參: '叁',
  参: '叁',
  陸: '陆',
  萬: '万',
  億: '亿',
  圓: '元',
  圆: '元',
};

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const INTEGER_PART = /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*$/;
const FRACTION_PART = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?$/;

/** True when `text` contains any Chinese numeral character (so it should be parsed here). */
export function hasChineseNumerals(text: string): boolean {
  return /[零壹贰叁肆伍陆柒捌玖拾佰仟〇一二两三四五六七八九十百千貳參参陸]/.test(text);
}

function toFinancial(text: string): string {
  return Array.from(text, (char) => TO_FINANCIAL[char] ?? char).join('');
}

/** Compares numerals up to the spellings people legitimately vary: 零 placement, a leading 拾, 万万. */
function comparable(numeral: string): string {
  return numeral.replace(/万万/g, '亿').replace(/零/g, '').replace(/^拾/, '壹拾');
}

function decodeInteger(numeral: string): number | null {
  if (numeral === '' || /^零+$/.test(numeral)) return 0;
  if (!INTEGER_PART.test(numeral)) return null;
  const value = Number(nzh.decodeB(numeral));
  if (!Number.isSafeInteger(value) || value < 0) return null;
  return comparable(nzh.encodeB(value)) === comparable(numeral) ? value : null;
}

function digitValue(char: string | undefined): number {
  return char ? DIGIT.indexOf(char) : 0;
}

/** Parses a Chinese-numeral amount (no currency prefix), or null when malformed. */
export function parseChineseAmount(text: string): number | null {
  const numeral = toFinancial(text.replace(/\s+/g, '')).replace(/[整正]$/, '');
  const yuanParts = numeral.split('元');
  if (yuanParts.length > 2) return null;
  const hasYuan = yuanParts.length === 2;
  const integerText = hasYuan || !/[角分]/.test(numeral) ? (yuanParts[0] ?? '') : '';
  const fractionText = hasYuan ? (yuanParts[1] ?? '') : /[角分]/.test(numeral) ? numeral : '';
  if (integerText === '' && fractionText === '') return null;
  const integer = decodeInteger(integerText);
  const fraction = FRACTION_PART.exec(fractionText);
  if (integer === null || !fraction) return null;
  const cents = digitValue(fraction[1]) * 10 + digitValue(fraction[2]);
  return Math.round(integer * 100 + cents) / 100;
}
