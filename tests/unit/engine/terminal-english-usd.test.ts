// @vitest-environment jsdom
/**
 * The English US-style teller screen (label/value <span>s, a USD international wire), read with
 * the profile a bank's IT would write from docs/terminals/english-usd.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, type DetectionResult } from '../../../lib/detect/detect';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';
import { DEFAULT_TIERING_CONFIG } from '../../../lib/tiering/defaults';
import { loadPageFiles } from './saved-pages';

const DIR = join(import.meta.dirname, '../../fixtures/terminals/english-usd');

interface Check {
  name: string;
  page?: string;
  tier: string;
  signals?: string[];
  fieldsPresent?: string[];
  fieldsMissing?: string[];
  missingRequired?: string[];
  transactionComplete?: boolean;
}

const expectations = JSON.parse(readFileSync(join(DIR, 'expect.json'), 'utf8')) as {
  page: string;
  checks: Check[];
};

function profile(): TerminalProfile {
  const parsed = parseProfile(JSON.parse(readFileSync(join(DIR, 'profile.json'), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

function detectPage(page: string, config = DEFAULT_TIERING_CONFIG): DetectionResult {
  loadPageFiles(join(DIR, page), {}, document);
  return detect(document, profile(), { config });
}

describe('english-usd terminal fixture', () => {
  it('has a valid profile written from the docs', () => {
    expect(profile().defaultCurrency).toBe('USD');
  });

  it.each(expectations.checks.map((check) => [check.name, check] as const))('%s', (_n, check) => {
    const result = detectPage(check.page ?? expectations.page);
    expect(result.tier).toBe(check.tier);
    if (check.signals) expect(result.signals.map((signal) => signal.kind)).toEqual(check.signals);
    for (const key of check.fieldsPresent ?? []) expect(result.fields[key], key).not.toBeNull();
    for (const key of check.fieldsMissing ?? []) expect(result.missingFields).toContain(key);
    if (check.missingRequired) expect(result.missingRequired).toEqual(check.missingRequired);
    if (check.transactionComplete !== undefined)
      expect(result.transactionComplete).toBe(check.transactionComplete);
  });

  it('reads the wire as USD 250,000, one amount on both signals, shown only as a band', () => {
    const result = detectPage('index.html');
    expect(result.signals).toEqual(
      (['remittance', 'forex'] as const).map((kind) => ({
        kind,
        source: 'business_type',
        amountCny: 1_775_000,
        amountBand: { min: 200_000, max: 2_000_000 },
      })),
    );
    expect(result.fields).toMatchObject({
      businessType: 'International Wire',
      amount: '¥200,000–¥2,000,000',
      accountNumber: '**** 4821',
      clientName: 'M*',
      beneficiaryCountry: 'Japan',
    });
    expect(result.notes).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Whitfield');
  });

  it('needs a configured USD rate: without one the amount is left out, with a note', () => {
    const result = detectPage('index.html', { ...DEFAULT_TIERING_CONFIG, fxRatesToCny: {} });
    expect(result.notes.map((note) => note.code)).toEqual(['fx_rate_missing']);
    expect(result.signals.map((signal) => signal.kind)).toEqual(['forex']);
    expect(result.tier).toBe('C');
  });

  it('reads "$" as the profile’s dollar: the same page on a Hong Kong profile is HKD', () => {
    loadPageFiles(join(DIR, 'index.html'), {}, document);
    const hk = detect(document, { ...profile(), defaultCurrency: 'HKD' });
    expect(hk.signals[0]?.amountCny).toBe(227_500); // HKD 0.91 in the default rates
  });
});
