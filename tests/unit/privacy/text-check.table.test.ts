/**
 * The one detector (findIdentifiers) and the one free-text check (textProblem) that the
 * extension's scrubber and the server's schemas share: how numbers hide, and what must pass.
 */
import { describe, expect, it } from 'vitest';
import {
  findIdentifiers,
  isPhoneLike,
  normaliseText,
  scrubLine,
  scrubText,
  textProblem,
} from '@/lib/privacy';

const FLAGGED: [label: string, text: string][] = [
  ['card, spaced', '5500 0000 0000 0004'],
  ['card, dashed, 19 digits', '6222-0212-3456-7890-128'],
  ['card, dotted', '6222.0212.3456.7890'],
  ['card, full-width dots', '6222．0212．3456．7890'],
  ['card, zero-width spaces', '6222\u200b0212\u200b3456\u200b7890'],
  ['card, zero-width joiners and word joiners', '6222\u200d0212\u20603456\ufeff7890'],
  ['card, soft hyphens', '6222\u00ad0212\u00ad3456\u00ad7890'],
  ['card, bidi override and isolate', '6222\u202e0212\u202c3456\u20667890\u2069'],
  ['card, RLM between groups', '6222\u200f0212\u200f3456\u200f7890'],
  ['card, full-width digits', '６２２２０２１２３４５６７８９０'],
  [
    'card, full-width digits and ideographic spaces',
    '６２２２\u3000０２１２\u3000３４５６\u3000７８９０',
  ],
  ['card, circled digits', '⑥②②②⓪②①②③④⑤⑥⑦⑧⑨⓪'],
  ['card, struck through with combining marks', '6̶2̶2̶2̶0̶2̶1̶2̶3̶4̶5̶6̶7̶8̶9̶0̶'],
  ['card, keycap emoji', '6️⃣2️⃣2️⃣2️⃣0️⃣2️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣0️⃣'],
  ['card, Arabic-Indic digits', '٦٢٢٢٠٢١٢٣٤٥٦٧٨٩٠'],
  ['card inside Chinese text', '客户卡号5500 0000 0000 0004请核对'],
  ['account, 12 digits', '账号 1234 5678 9012'],
  ['18-digit ID with X', '11010519491231002X'],
  ['18-digit ID, spaced, lowercase x', '110105 19491231 002x'],
  ['18-digit ID, full-width X', '１１０１０５１９４９１２３１００２Ｘ'],
  ['18-digit ID split by zero-width spaces', '110105\u200b19491231\u200b002X'],
  ['15-digit old ID', '110105491231002'],
  ['mobile', '13812345678'],
  ['mobile, spaced', '138 1234 5678'],
  ['mobile, +86 and spaces', '+86 138 1234 5678'],
  ['mobile, full-width +８６', '＋８６ １３８ １２３４ ５６７８'],
  ['mobile, 0086 and dashes', '0086-138-1234-5678'],
  ['landline with area code', '010-12345678'],
];

const NOT_FLAGGED: [label: string, text: string][] = [
  ['amount with yuan sign', '¥200,000.00'],
  ['amount in full-width yen and commas', '￥２００，０００．００'],
  ['amount in wan', '存款 50 万，期限 3 年'],
  ['date', '2026-12-01'],
  ['date and time', '约 2026-12-01 10:30 面谈'],
  ['dotted date', '2026.12.01'],
  ['a masked number', '**** 7890'],
  ['two short numbers split by a comma', '分机 1234，5678'],
  ['a product code of 9 digits', '产品 202612001'],
  ['no digits', '客户偏好稳健，喜欢面谈'],
  ['an emoji (a valid surrogate pair)', '客户很满意 😀'],
  ['empty', ''],
];

describe('findIdentifiers (the shared detector)', () => {
  it.each(FLAGGED)('finds %s', (_label, text) => {
    expect(findIdentifiers(text).length).toBeGreaterThan(0);
    expect(textProblem(text)).toBe('identifier');
  });

  it.each(NOT_FLAGGED)('leaves %s alone', (_label, text) => {
    expect(findIdentifiers(text)).toEqual([]);
    expect(scrubText(text)).toBe(text);
  });

  it.each([
    ['18-digit ID with X', '11010519491231002X', 'id_card'],
    ['card, spaced', '5500 0000 0000 0004', 'card'],
    ['mobile, +86', '+86 138 1234 5678', 'mobile'],
    ['account', '1234 5678 9012', 'account'],
  ])('classifies %s', (_label, text, kind) => {
    expect(findIdentifiers(text).map((m) => m.kind)).toEqual([kind]);
  });

  it('gives spans of the original text, invisible characters included', () => {
    const text = '卡 6222\u200b0212\u200b3456\u200b7890 谢谢';
    const [m] = findIdentifiers(text);
    expect(m && text.slice(m.start, m.end)).toBe('6222\u200b0212\u200b3456\u200b7890');
  });

  it.each(FLAGGED)('the scrubber masks %s so that nothing is found any more', (_label, text) => {
    const masked = scrubText(`前 ${text} 后`);
    expect(findIdentifiers(masked)).toEqual([]);
    expect(masked.startsWith('前 ')).toBe(true);
    expect(masked.endsWith(' 后')).toBe(true);
  });

  it.each([
    ['bidi override inside a card', '卡 6222\u202e0212 3456 7890。', '卡 **** 7890。'],
    ['circled digits', '⑥②②②⓪②①②③④⑤⑥⑦⑧⑨⓪', '**** 7890'],
    ['zero-width split ID', '证 110105\u200b19491231\u200b002X', '证 ****'],
  ])('scrubText masks %s in place', (_label, text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });
});

describe('textProblem (what the server refuses)', () => {
  it.each([
    ['NUL', 'a\u0000b', 'control_character'],
    ['BEL', 'a\u0007b', 'control_character'],
    ['ESC', '\u001b[31mred', 'control_character'],
    ['DEL', 'a\u007fb', 'control_character'],
    ['C1 control', 'a\u0085b', 'control_character'],
    ['line separator', 'a\u2028b', 'control_character'],
    ['bidi override', 'abc\u202edcba', 'control_character'],
    ['bidi isolate', '\u2066abc\u2069', 'control_character'],
    ['newline (single-line text)', 'a\nb', 'control_character'],
    ['lone high surrogate', 'a\ud800b', 'invalid_unicode'],
    ['lone low surrogate', '\udc00', 'invalid_unicode'],
    ['a long number that is no identifier', '金额 500000 元', 'long_number'],
    ['a long number split by zero-width spaces', '50\u200b0000 元', 'long_number'],
    ['a long number in full-width digits', '５０００００ 元', 'long_number'],
  ])('%s → %s', (_label, text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it('allows line breaks where asked, but still finds a number split across lines', () => {
    expect(textProblem('第一行\n第二行\r\n\t第三行', { allowLineBreaks: true })).toBeUndefined();
    expect(textProblem('6222\n0212\n3456\n7890', { allowLineBreaks: true })).toBe('identifier');
    expect(textProblem('138\r\n1234\r\n5678', { allowLineBreaks: true })).toBe('identifier');
  });

  it('allows long numbers that are no identifier where asked (product codes)', () => {
    expect(textProblem('理财 2026001 期', { allowLongNumbers: true })).toBeUndefined();
    expect(textProblem('5500 0000 0000 0004', { allowLongNumbers: true })).toBe('identifier');
  });

  it.each(NOT_FLAGGED.filter(([, t]) => !/[0-9０-９]{5}/.test(normaliseText(t))))(
    'passes %s',
    (_label, text) => {
      expect(textProblem(text)).toBeUndefined();
    },
  );

  it.each([
    ...FLAGGED,
    ['control characters', 'a\u0000b\u0007c\u001bd'],
    ['bidi controls', '\u202eabc\u202c'],
    ['lone surrogate', 'ab\ud800'],
    ['line breaks', 'one\ntwo\u2028three'],
  ])('scrubLine makes %s pass (the extension never queues refused text)', (_label, text) => {
    expect(textProblem(scrubLine(`客户 ${text} 说明`), { allowLongNumbers: true })).toBeUndefined();
  });
});

describe('isPhoneLike (the consented contact phone)', () => {
  it.each([
    ['138 0013 8000', true],
    ['+86 138 0013 8000', true],
    ['010-12345678', true],
    ['+852 9123 4567', true],
    ['5500 0000 0000 0004', false],
    ['11010519491231002X', false],
    ['6222 0212 3456 7890 128', false],
  ])('%s → %s', (text, ok) => {
    expect(isPhoneLike(text)).toBe(ok);
  });
});
