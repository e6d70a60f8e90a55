/** Policy values are checked key by key: a bad one is dropped whole, with a warning for IT. */
import { describe, expect, it } from 'vitest';
import { parseManaged } from '../../../lib/settings/managed-schema';
import { readManaged } from '../../../lib/settings/managed-store';
import { demoProfile } from '../../../lib/profile/builtin/demo';

describe('parseManaged', () => {
  it('accepts every agreed key', () => {
    const raw = {
      serverUrl: 'https://sidekick.branch.example:8787',
      branchId: '0101',
      language: 'en',
      terminalOrigins: ['https://teller.bank.example/*'],
      profileSource: 'server',
      profile: demoProfile,
      deviceToken: 'tok_abc',
      counterLabel: '3号窗口',
      lockedSettings: ['role', 'staffId'],
    };
    const read = parseManaged(raw);
    expect(read.warnings).toEqual([]);
    expect(Object.keys(read.config).sort()).toEqual(Object.keys(raw).sort());
    expect(read.config.profile?.id).toBe(demoProfile.id);
  });

  it.each([
    ['serverUrl', 'ftp://x'],
    ['serverUrl', 'not a url'],
    ['branchId', '01 01'],
    ['language', 'fr'],
    ['terminalOrigins', ['https://teller.bank.example/*', '<all_urls>']],
    ['terminalOrigins', []],
    ['profileSource', 'cloud'],
    ['profile', { ...demoProfile, matches: [] }],
    ['deviceToken', ''],
    ['counterLabel', 'x'.repeat(33)],
    ['lockedSettings', ['role', 'everything']],
  ])('drops an invalid %s whole and warns', (key, value) => {
    const read = parseManaged({ [key]: value, branchId: key === 'branchId' ? value : '0202' });
    expect(read.config).not.toHaveProperty(key);
    expect(read.warnings).toEqual([expect.objectContaining({ key, problem: 'invalid' })]);
    if (key !== 'branchId') expect(read.config.branchId).toBe('0202');
  });

  it('warns about keys it does not know and ignores them', () => {
    expect(parseManaged({ sever_url: 'https://x' })).toEqual({
      config: {},
      warnings: [expect.objectContaining({ key: 'sever_url', problem: 'unknown' })],
    });
  });

  it.each([undefined, null, 'x', [1]])('treats %j as no policy', (raw) => {
    expect(parseManaged(raw)).toEqual({ config: {}, warnings: [] });
  });
});

describe('readManaged', () => {
  it('is "no policy" when the browser has no managed storage (Firefox without policies.json)', async () => {
    const failing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManaged(failing)).toEqual({ config: {}, warnings: [] });
  });

  it('parses what the managed area holds', async () => {
    const area = { get: () => Promise.resolve({ branchId: '0303', language: 'xx' }) };
    const read = await readManaged(area);
    expect(read.config).toEqual({ branchId: '0303' });
    expect(read.warnings.map((w) => w.key)).toEqual(['language']);
  });
});
