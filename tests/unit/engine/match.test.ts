import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { isValidMatchPattern, matchesAny, matchesPattern } from '../../../lib/profile/match';

describe('URL match patterns', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1:43817/index.html?scenario=cash-small', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1/', true],
    ['http://localhost/*', 'http://localhost:5173/', true],
    ['http://localhost/*', 'https://localhost/', false],
    ['http://localhost:8080/*', 'http://localhost:8080/a', true],
    ['http://localhost:8080/*', 'http://localhost:9090/a', false],
    ['https://*.bank.example/*', 'https://teller.bank.example/core/', true],
    ['https://*.bank.example/*', 'https://bank.example/', true],
    ['https://*.bank.example/*', 'https://evilbank.example/', false],
    ['*://teller.bank.example/core/*', 'http://teller.bank.example/core/txn', true],
    ['*://teller.bank.example/core/*', 'https://teller.bank.example/other', false],
    ['<all_urls>', 'https://anything.example/', true],
    ['file:///srv/saved/*', 'file:///srv/saved/page.html', true],
    ['http://127.0.0.1/*', 'not a url', false],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it.each([
    'teller.bank.example',
    'http://*foo.example/*',
    'http://host',
    'gopher://x/*',
    'https:///path',
  ])('rejects the malformed pattern %s', (pattern) => {
    expect(isValidMatchPattern(pattern)).toBe(false);
  });

  it('the demo profile matches the demo server on any port', () => {
    expect(matchesAny(demoProfile.matches, 'http://127.0.0.1:39123/')).toBe(true);
    expect(matchesAny(demoProfile.matches, 'https://example.com/')).toBe(false);
  });
});
