import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseCurrency } from '../../../lib/signals';
import { MARKERS } from '../../../lib/signals/currency-markers';

const DOC = join(import.meta.dirname, '../../../docs/terminals/currencies.md');

type Row = [text: string, context: string | null, currency: string | null];

/** The table of docs/terminals/currencies.md: amount text, context currency, what it reads as. */
function documentedRows(): Row[] {
  return readFileSync(DOC, 'utf8')
    .split('\n')
    .flatMap((line): Row[] => {
      const match = /^\| `([^`]+)` +\| (—|[A-Z]{3}) +\| (no amount|[A-Z]{3}) +\|$/.exec(line);
      if (!match) return [];
      const [, text = '', context = '', currency = ''] = match;
      return [[text, context === '—' ? null : context, currency === 'no amount' ? null : currency]];
    });
}

const rows = documentedRows();

describe('how currency markers are read (the documented table)', () => {
  it('documents every marker with an example', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const documented = rows.map(([text]) => text.normalize('NFKC'));
    const undocumented = [
      '$',
      '¥',
      'US$',
      'HK$',
      'NT$',
      'S$',
      'A$',
      'C$',
      'JP¥',
      '円',
      '元',
      '€',
      '£',
    ]
      .concat(['RMB', 'CNY', 'USD', 'HKD'])
      .filter((marker) => !documented.some((text) => text.includes(marker)));
    expect(undocumented).toEqual([]);
    expect(MARKERS).toContain('NT$');
  });

  it.each(rows)('%j with context %j → %j', (text, context, currency) => {
    const parsed = parseAmount(text, { defaultCurrency: context });
    expect(parsed?.currency ?? null).toBe(currency);
    if (currency) expect(parsed?.value).toBe(250_000);
  });
});

describe('a currency field', () => {
  it.each([
    ['$', null, 'USD'],
    ['$', 'HKD', 'HKD'],
    ['$', 'CNY', 'USD'],
    ['US$', 'HKD', 'USD'],
    ['NT$ TWD', null, 'TWD'],
    ['¥', 'JPY', 'JPY'],
    ['¥', null, 'CNY'],
    ['JP¥', null, 'JPY'],
    ['美元 $', null, 'USD'],
    ['港币 $', null, null], // HKD, and with no dollar context $ is USD: two currencies
    ['港币 $', 'HKD', 'HKD'],
  ])('%j with default %j → %j', (text, context, currency) => {
    expect(parseCurrency(text, context)).toBe(currency);
  });
});
