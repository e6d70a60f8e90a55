/**
 * `detect --expect FILE`: the file's schema (unknown keys and bad values named by JSON path), the
 * readable difference per failed check, the fixtures' own expect files, and the exit codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDetect as runDetectCli } from './run-detect';
import { checkReading } from '../../../cli/expect-check';
import { parseExpectText, type ExpectCheck } from '../../../cli/expect-schema';
import { loadProfile } from '../../../cli/load-config';
import { readWithJsdom, type PageReading } from '../../../cli/read-page';
import { runExpect } from '../../../cli/run-expect';
import type { DetectionResult } from '../../../lib/detect/detect';

const ROOT = join(import.meta.dirname, '../../..');
const TERMINALS = join(ROOT, 'tests/fixtures/terminals');
const TIMEOUT = 90_000;

async function profileOf(dir: string) {
  return loadProfile(join(dir, 'profile.json'));
}

describe('expect file schema', () => {
  it.each([
    [
      '{"page":"a.html","checks":[{"name":"x","tier":"B","signal":["forex"]}]}',
      'checks.0.signal: unknown key: signal',
    ],
    ['{"page":"a.html","checks":[{"name":"x","tier":"E"}]}', 'checks.0.tier: Invalid option'],
    [
      '{"page":"a.html","checks":[{"name":"x","tier":"B","signals":["rich"]}]}',
      'checks.0.signals.0: Invalid option',
    ],
    [
      '{"page":"a.html","checks":[{"name":"x","tier":"B","clientLinked":"yes"}]}',
      'checks.0.clientLinked:',
    ],
    ['{"page":"a.html","checks":[]}', 'checks: needs at least one check'],
    ['{"checks":[{"name":"x","tier":"B"}],"pages":[]}', 'pages: unknown key: pages'],
    ['{"page":"a.html","checks":[{"tier":"B"}]}', 'checks.0.name:'],
    [
      '{"page":"a.html","checks":[{"name":"x","tier":"B","fieldsMissing":["amout"]}]}',
      'checks.0.fieldsMissing.0: "amout" is not a field of the profile',
    ],
    ['{"page": "a.html",', '(root): not valid JSON'],
  ])('%s → %s', async (text, message) => {
    const profile = await profileOf(join(TERMINALS, 'dsd-static'));
    const parsed = parseExpectText(text, profile);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toContain(message);
  });
});

describe('checkReading', () => {
  const result = {
    tier: 'D',
    signals: [
      { kind: 'forex', source: 'business_type', amountCny: null, amountBand: null },
      { kind: 'forex', source: 'remarks', amountCny: null, amountBand: null },
    ],
    fields: { amount: '¥50,000–¥100,000', currency: null, businessType: null, remarks: null },
    missingFields: ['businessType'],
    missingRequired: ['businessType'],
    transactionComplete: false,
  } as unknown as DetectionResult;
  const reading: PageReading = { result, clientLinked: false, url: 'file:///x', warnings: [] };
  const check = (extra: Partial<ExpectCheck>): ExpectCheck => ({ name: 'c', tier: 'D', ...extra });

  it.each<[Partial<ExpectCheck>, string[]]>([
    [{}, []],
    [{ tier: 'B' }, ['tier: expected B, got D']],
    [{ signals: ['forex'] }, []],
    [{ signals: ['remittance', 'forex'] }, ['signals: missing remittance']],
    [{ signals: ['remittance'] }, ['signals: missing remittance; unexpected forex']],
    [{ signals: [] }, ['signals: unexpected forex']],
    [{ fieldsPresent: ['amount'] }, []],
    [
      { fieldsPresent: ['businessType', 'currency'] },
      ['fieldsPresent: businessType is missing, currency was found but is empty'],
    ],
    [{ fieldsMissing: ['businessType'] }, []],
    [
      { fieldsMissing: ['amount', 'remarks'] },
      ['fieldsMissing: amount was found, remarks was found'],
    ],
    [{ missingRequired: ['businessType'] }, []],
    [{ missingRequired: [] }, ['missingRequired: expected (none), got businessType']],
    [{ transactionComplete: true }, ['transactionComplete: expected true, got false']],
    [{ clientLinked: false }, []],
    [{ clientLinked: true }, ['clientLinked: expected true, got false']],
    [
      { tier: 'A', clientLinked: true },
      ['tier: expected A, got D', 'clientLinked: expected true, got false'],
    ],
  ])('%j → %j', (extra, failures) => {
    expect(checkReading(check(extra), reading)).toEqual(failures);
  });
});

describe('runExpect on the fixtures (jsdom)', () => {
  it.each(['gbk-frameset', 'dsd-static'])(
    '%s: every check of its expect.json passes',
    async (name) => {
      const dir = join(TERMINALS, name);
      const profile = await profileOf(dir);
      const lines: string[] = [];
      const failed = await runExpect(
        join(dir, 'expect.json'),
        profile,
        (target) => readWithJsdom(target, profile, { detect: {} }),
        (line) => lines.push(line),
        (line) => lines.push(line),
      );
      expect(lines.filter((line) => !line.startsWith('ok'))).toEqual([
        expect.stringMatching(/checks: \d+ passed, 0 failed$/),
      ]);
      expect(failed).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'a page drawn by script fails without --browser, saying which fields are missing',
    async () => {
      const dir = join(ROOT, 'tests/fixtures/cli/script-drawn');
      const profile = await profileOf(dir);
      const lines: string[] = [];
      const failed = await runExpect(
        join(dir, 'expect.json'),
        profile,
        (target) => readWithJsdom(target, profile, { detect: {} }),
        (line) => lines.push(line),
        () => undefined,
      );
      expect(failed).toBe(1);
      expect(lines).toContain(
        '        fieldsPresent: businessType is missing, amount is missing, clientName is missing, accountNumber is missing',
      );
    },
    TIMEOUT,
  );
});

const runDetect = (...args: string[]) => runDetectCli(args, TIMEOUT);

describe('detect --expect exit codes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'detect-expect-'));
  const gbk = join(TERMINALS, 'gbk-frameset');
  const write = (name: string, json: unknown) => {
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(json));
    return path;
  };

  it(
    '0 when every check passes, 1 with the differences, 2 for a bad expect file',
    async () => {
      const failing = write('failing.json', {
        // pages are relative to the expect file
        page: relative(tmp, join(gbk, 'index.html')),
        checks: [
          { name: 'passes', tier: 'B' },
          { name: 'wrong tier and signals', tier: 'A', signals: ['time_deposit', 'remittance'] },
          {
            name: 'amount should be missing',
            page: relative(tmp, join(gbk, 'menu.html')),
            tier: 'D',
            fieldsMissing: ['amount'],
            transactionComplete: true,
          },
        ],
      });
      const bad = write('bad.json', {
        page: 'index.html',
        checks: [{ name: 'x', tier: 'B', tiers: [] }],
      });
      const profile = join(gbk, 'profile.json');
      const [pass, fail, invalid] = await Promise.all([
        runDetect('--profile', profile, '--expect', join(gbk, 'expect.json')),
        runDetect('--profile', profile, '--expect', failing),
        runDetect('--profile', profile, '--expect', bad),
      ]);
      expect(pass).toMatchObject({ code: 0, stderr: '' });
      expect(pass.stdout).toContain('3 checks: 3 passed, 0 failed');

      expect(fail.code).toBe(1);
      expect(fail.stdout).toContain('ok    passes');
      expect(fail.stdout).toContain('FAIL  wrong tier and signals');
      expect(fail.stdout).toContain('tier: expected A, got B');
      expect(fail.stdout).toContain('signals: missing time_deposit; unexpected wealth_enquiry');
      expect(fail.stdout).toContain('FAIL  amount should be missing');
      expect(fail.stdout).toContain('transactionComplete: expected true, got false');
      expect(fail.stdout).toContain('3 checks: 1 passed, 2 failed');

      expect(invalid.code).toBe(2);
      expect(invalid.stdout).toBe('');
      expect(invalid.stderr).toContain('checks.0.tiers: unknown key: tiers');
    },
    TIMEOUT,
  );
});
