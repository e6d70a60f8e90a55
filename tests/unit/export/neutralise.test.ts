import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../lib/export/neutralise';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\n=1', `'\n=1`],
    ['＝1+1', `'＝1+1`],
    ['＋1', `'＋1`],
    ['－1', `'－1`],
    ['＠x', `'＠x`],
    ['  =1+1', `'  =1+1`],
    ['\u3000=1+1', `'\u3000=1+1`],
  ])('%j is prefixed with an apostrophe', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each([
    ['大额定期到期，咨询理财'],
    ['a=b'],
    ['T001'],
    ['50万–100万元'],
    [''],
    ['   '],
    ["'already quoted"],
  ])('%j stays as it is', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });
});
