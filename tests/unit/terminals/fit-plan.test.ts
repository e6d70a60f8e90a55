/** e2e.json is checked before a browser starts: a typo fails at once, by its JSON path. */
import { describe, expect, it } from 'vitest';
import { parseFitPlan } from '../../e2e/fixtures/fit-plan';

const refer = { refer: { linked: true } };
const plan = (overrides: object) =>
  JSON.stringify({ page: 'index.html', steps: [{ expect: { tier: 'B' } }, refer], ...overrides });

describe('e2e.json (fit plan)', () => {
  it('accepts a visit that ends in one referral; the role defaults to a cash teller', () => {
    expect(parseFitPlan(plan({}), 'x')).toMatchObject({ role: 'cash_teller', page: 'index.html' });
  });

  it.each([
    ['no referral', { steps: [{ expect: { tier: 'B' } }] }, 'exactly one "refer"'],
    ['two referrals', { steps: [refer, refer] }, 'exactly one "refer"'],
    ['an unknown step', { steps: [refer, { clik: '#ok' }] }, 'steps[1]'],
    ['an unknown check', { steps: [refer, { expect: { teir: 'B' } }] }, 'steps[1]'],
    ['an empty check', { steps: [refer, { expect: {} }] }, 'must check something'],
    ['an unknown signal kind', { steps: [refer, { expect: { signals: ['gold'] } }] }, 'steps[1]'],
    ['an absolute page', { page: 'http://10.0.0.1/x.html' }, 'relative to the pattern folder'],
    ['an unknown key', { pages: 'a.html' }, 'pages'],
  ])('rejects %s', (_name, overrides, message) => {
    expect(() => parseFitPlan(plan(overrides), 'p/e2e.json')).toThrow(message);
  });
});
