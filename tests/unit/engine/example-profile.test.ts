// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { parseProfile } from '../../../lib/profile/parse';
import { loadPageFiles } from './saved-pages';

const DIR = join(import.meta.dirname, '../../fixtures/engine/example-bank');

/** The worked example of docs/terminal-profiles.md must keep working as documented. */
describe('docs worked example: 恒通银行综合柜面系统 V5', () => {
  const parsed = parseProfile(JSON.parse(readFileSync(join(DIR, 'profile.json'), 'utf8')));

  it('the example profile is valid', () => {
    expect(parsed.ok).toBe(true);
  });

  it('reads the padded labels, the client frame and the message bar', () => {
    if (!parsed.ok) return;
    loadPageFiles(join(DIR, 'index.html'), { '#custInfo': join(DIR, 'cust.html') });
    const result = detect(document, parsed.profile);
    expect(result.fields).toEqual({
      businessType: '2102',
      accountNumber: '**** 7890',
      amount: '¥200,000–¥2,000,000',
      currency: '156-人民币',
      term: '三年',
      remarks: '客户咨询高端理财产品',
      clientName: '陈*',
      clientLevel: '三星级',
      idNumber: '**** 1234',
      phone: '**** 1111',
    });
    expect(result.signals.map((signal) => signal.kind)).toEqual(['time_deposit', 'wealth_enquiry']);
    expect(result.tier).toBe('B');
    expect(result.transactionComplete).toBe(true);
    expect(result.accountNumberForHashing).toBe('6230581234567890');
    expect(JSON.stringify({ ...result, accountNumberForHashing: undefined })).not.toContain(
      '880088',
    );
  });
});
