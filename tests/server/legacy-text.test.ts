// @vitest-environment node
/** Legacy free text repaired to pass the schema the server answers with, and left alone when it does. */
import { describe, expect, it } from 'vitest';
import { plainTextSchema, safeTextSchema } from '../../lib/contracts/primitives';
import { repairText } from '../../server/util/legacy-text';

const SCHEMA = { safe: safeTextSchema(280), plain: plainTextSchema(64) } as const;

const CASES: [string, 'safe' | 'plain', string][] = [
  ['理财 6222 0212 3456 7890 128', 'plain', '理财 **** 0128'],
  ['王\u0007女士', 'plain', '王 女士'],
  ['call 139 1234 5678 please', 'safe', 'call **** 5678 please'],
  ['note \ud800 end', 'safe', 'note \ufffd end'],
  // Passed the old check (no ASCII run of 5), refused now: the digits are split by a zero-width space.
  ['about 50\u200b000 yuan', 'safe', 'about **** yuan'],
  ['\u202eevil', 'plain', 'evil'],
  ['\u0007\u0008', 'plain', '****'],
  // Cut to 64 without leaving half of the emoji behind.
  [`${'字'.repeat(63)}😀\u0007`, 'plain', '字'.repeat(63)],
];

describe('repairText', () => {
  it.each(CASES)('%j (%s) becomes %j, which passes its schema', (input, kind, expected) => {
    expect(SCHEMA[kind].safeParse(input).success).toBe(false);
    const repaired = repairText(input, kind);
    expect(repaired).toBe(expected);
    expect(SCHEMA[kind].safeParse(repaired).success).toBe(true);
    expect(repairText(repaired, kind)).toBe(repaired);
  });

  it('returns clean text as it is, line breaks and all', () => {
    for (const text of ['第一行\n第二行\t尾', '', '卡尾号 **** 3445']) {
      expect(repairText(text, 'safe')).toBe(text);
    }
    expect(repairText(' 李经理 ', 'plain')).toBe(' 李经理 ');
    expect(repairText('产品 12345678', 'plain')).toBe('产品 12345678');
  });
});
