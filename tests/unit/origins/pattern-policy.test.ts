/** The extension asks for the configured terminal origins and never for anything broader. */
import { describe, expect, it } from 'vitest';
import { checkOrigins, originProblem } from '../../../lib/origins/pattern-policy';

describe('originProblem', () => {
  it.each([
    ['https://teller.bank.example/*', null],
    ['http://10.1.2.3:8080/teller/*', null],
    ['*://teller.bank.example/*', null],
    ['https://*.teller.bank.example/*', null],
    ['http://127.0.0.1/*', null],
    ['<all_urls>', 'all_urls'],
    ['*://*/*', 'any_host'],
    ['https://*/*', 'any_host'],
    ['https://*.cn/*', 'wide_wildcard'],
    ['file:///*', 'scheme'],
    ['ftp://teller.bank.example/*', 'scheme'],
    ['wss://teller.bank.example/*', 'scheme'],
    ['teller.bank.example', 'malformed'],
    ['https://teller.bank.example', 'malformed'],
    ['https://teller.*.example/*', 'malformed'],
    ['', 'malformed'],
  ])('%s → %s', (pattern, problem) => {
    expect(originProblem(pattern)).toBe(problem);
  });
});

describe('checkOrigins', () => {
  it('keeps the good ones once, in order, and names each refused one', () => {
    expect(
      checkOrigins([
        ' https://a.bank.example/* ',
        '<all_urls>',
        'https://a.bank.example/*',
        'http://b/*',
      ]),
    ).toEqual({
      allowed: ['https://a.bank.example/*', 'http://b/*'],
      rejected: [{ pattern: '<all_urls>', problem: 'all_urls' }],
    });
  });
});
