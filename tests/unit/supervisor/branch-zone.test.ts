import { describe, expect, it } from 'vitest';
import { branchTimeZone, validTimeZone } from '@/lib/time/branch-zone';

describe('branchTimeZone: the branch decides, never the PC', () => {
  it.each([
    ['the server says', 'Europe/London', 'Asia/Shanghai', 'Europe/London'],
    ['the server wins over the stored zone', 'Asia/Shanghai', 'America/New_York', 'Asia/Shanghai'],
    ['no server answer: the stored zone', undefined, 'America/New_York', 'America/New_York'],
    ['nothing known: Asia/Shanghai', undefined, undefined, 'Asia/Shanghai'],
    ['a bogus server zone is ignored', 'Mars/Olympus', 'Europe/London', 'Europe/London'],
    ['a non-string is ignored', 42, { zone: 'x' }, 'Asia/Shanghai'],
    ['an offset string is not a zone name', '+08:00', undefined, 'Asia/Shanghai'],
  ])('%s', (_why, server, stored, expected) => {
    expect(branchTimeZone(server, stored)).toBe(expected);
  });

  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['UTC', 'UTC'],
    ['', undefined],
    ['Asia/Shanghai; DROP', undefined],
    ['x'.repeat(65), undefined],
  ])('validTimeZone(%j)', (raw, expected) => {
    expect(validTimeZone(raw)).toBe(expected);
  });
});
