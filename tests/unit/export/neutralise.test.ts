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

  // Leading characters a spreadsheet may drop or not show, before each formula start.
  const HIDDEN: [string, string][] = [
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['en quad', '\u2000'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00ad'],
    ['byte order mark', '\ufeff'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['Arabic letter mark', '\u061c'],
    ['right-to-left embedding', '\u202b'],
    ['pop directional formatting', '\u202c'],
    ['right-to-left override', '\u202e'],
    ['left-to-right isolate', '\u2066'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
  ];
  const VISIBLE_SPACE = /^[\u00a0\u2000-\u200a\u202f]$/u;
  const STARTS = ['=', '+', '-', '@', '＝', '\t'];
  it.each(HIDDEN.flatMap(([name, ch]) => STARTS.map((start) => [name, ch, start] as const)))(
    '%s before %j is neutralised',
    (_name, ch, start) => {
      const input = `${ch}${start}HYPERLINK("http://evil.example")`;
      const kept = VISIBLE_SPACE.test(ch) ? ch : '';
      expect(neutraliseCell(input)).toBe(`'${kept}${start}HYPERLINK("http://evil.example")`);
    },
  );

  it.each([
    ['several of them, mixed with spaces', '\u200b \ufeff\u202e\u3000=1+1', "' \u3000=1+1"],
    ['invisible characters before plain text are dropped', '\u200b\u202e王女士', '王女士'],
    ['invisible characters inside the text stay', '王\u200b女士', '王\u200b女士'],
    ['an invisible-only cell becomes empty', '\ufeff\u200b', ''],
  ])('%s', (_name, input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});
