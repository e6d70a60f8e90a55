import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findIdentifiers,
  looksLikeMainlandId,
  luhnCheckDigit,
  scrubLine,
  scrubText,
  textProblem,
} from '@/lib/privacy';
import { findLeaks } from './identifier-leaks';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));

const card = digits(12, 18).map((partial) => partial + luhnCheckDigit(partial));
const id18 = fc
  .tuple(digits(17, 17), fc.constantFrom('0', '1', '5', '9', 'X', 'x'))
  .map(([d, c]) => d + c);
const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9))
  .map(([second, rest]) => `1${second}${rest}`);
const account = digits(10, 25);
const shortNumber = digits(1, 9);
const plainNumber = fc.oneof(card, id18, mobile, account, shortNumber);
const phonePrefix = fc.constantFrom('', '+86 ', '86', '0086-', '+');
const number = fc.oneof(
  { weight: 4, arbitrary: plainNumber },
  { weight: 1, arbitrary: fc.tuple(phonePrefix, mobile).map(([p, m]) => p + m) },
);

const separator = fc.constantFrom(
  '',
  '',
  '',
  '',
  ' ',
  '-',
  '.',
  '\u3000',
  '  ',
  ' - ',
  '\u200b',
  '．',
);
const fullWidth = (ch: string) =>
  /[0-9]/.test(ch) ? String.fromCharCode(0xff10 + Number(ch)) : ch === 'X' ? 'Ｘ' : ch;

/** A number as someone might type it: random separators between characters, some digits full-width. */
const typedNumber = number.chain((n) =>
  fc
    .tuple(
      fc.array(separator, { minLength: n.length, maxLength: n.length }),
      fc.array(fc.boolean(), { minLength: n.length, maxLength: n.length }),
    )
    .map(([seps, wide]) =>
      Array.from(n)
        .map((ch, i) => (wide[i] ? fullWidth(ch) : ch) + (i < n.length - 1 ? seps[i] : ''))
        .join(''),
    ),
);

const chinese = fc.constantFrom(
  '客户',
  '卡号',
  '身份证',
  '手机',
  '账号：',
  '，',
  '。',
  '存款 50 万',
  '约 10:30',
  '（',
  '）',
  '号码是',
  ' ',
  // Characters NFKC writes as a digit and more ("1月", "1日", "21", "(1)", "1.", "0点", "1⁄4").
  '㋀',
  '㏠',
  '㉑',
  '⑴',
  '⒈',
  '㍘',
  '¼',
);
const filler = fc.oneof(
  chinese,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  separator,
);
const mixedText = fc
  .array(fc.oneof({ weight: 2, arbitrary: typedNumber }, { weight: 3, arbitrary: filler }), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

// FC_RUNS=100000 for a longer hunt; 2,000 keeps the unit run fast.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 2_000) };

describe('scrubText properties', () => {
  it('leaves no card, ID or mobile number in its output', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(findLeaks(scrubText(text))).toEqual([]);
      }),
      runs,
    );
  });

  it('with keepPhones, still leaves no card or ID number', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(findLeaks(scrubText(text, { keepPhones: true }), { allowPhones: true })).toEqual([]);
      }),
      runs,
    );
  });

  it('the generator really produces leaks before scrubbing (the check can fail)', () => {
    const samples = fc.sample(mixedText, { numRuns: 500, seed: 42 });
    expect(samples.filter((t) => findLeaks(t).length > 0).length).toBeGreaterThan(100);
  });

  it('leaves nothing the shared detector (the server check) would find', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(findIdentifiers(scrubText(text))).toEqual([]);
      }),
      runs,
    );
  });

  it('scrubLine output is never refused by the server text check', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 64 })), (text) => {
        expect(textProblem(scrubLine(text), { allowLongNumbers: true })).toBeUndefined();
      }),
      runs,
    );
  });

  it('is idempotent: scrubbing scrubbed text changes nothing', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = scrubText(text);
        expect(scrubText(once)).toBe(once);
      }),
      runs,
    );
  });

  it('never throws and leaves text without digits unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        const out = scrubText(text);
        if (!/\p{Nd}/u.test(text)) expect(out).toBe(text);
      }),
      runs,
    );
  });

  it('keeps the last 4 digits of a masked card (all of an 18-digit number that is also a valid ID is masked)', () => {
    fc.assert(
      fc.property(card, (c) => {
        const expected = c.length === 18 && looksLikeMainlandId(c) ? '****' : `**** ${c.slice(-4)}`;
        expect(scrubText(`卡号${c}。`)).toBe(`卡号${expected}。`);
      }),
    );
  });
});
