/**
 * The fast path of `textProblem` (plainly clean text skips the detector) never changes an answer:
 * on text built from digits of every script, separators, controls, invisible and bidi characters,
 * letters and CJK, `textProblem` and the full detection agree, with every option.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectedProblem, plainlyClean, textProblem } from '../../../lib/privacy/text-check';

const PIECES = [
  '0',
  '5',
  '9',
  '６',
  '٣',
  '①',
  '⑽',
  '㉑',
  'Ⅻ',
  '½',
  ' ',
  '-',
  '.',
  '\n',
  '\t',
  '\u0007',
  '\u200b',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\u00ad',
  '\ud800',
  'X',
  'a',
  '客',
  '户',
  '卡',
  '尾',
  '¥',
  ',',
  '+',
  '86',
  '138',
  '6222',
  '110101',
  '😀',
  '\ue000',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const options = fc.record(
  { allowLongNumbers: fc.boolean(), allowLineBreaks: fc.boolean() },
  { requiredKeys: [] },
);

describe('textProblem fast path', () => {
  it('gives the full detection answer on any text', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        expect(textProblem(t, o)).toBe(detectedProblem(t, o));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['大额定期到期，咨询理财 · large time deposit maturing', true],
    ['卡尾 1234', true],
    ['12345', false],
    ['１２３４５', false],
    ['⑽⑽⑽', false], // NFKC: (10)(10)(10), six digits
    ['line\nbreak', false],
    ['bidi \u202e', false],
    ['lone \ud800', false],
  ])('plainlyClean(%j) is %s', (t, clean) => {
    expect(plainlyClean(t)).toBe(clean);
  });
});
