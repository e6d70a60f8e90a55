import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetect as runDetectCli } from './run-detect';
import { PAGES_DIR, savedPages } from './saved-pages';

const TIMEOUT = 60_000;
const hasPages = savedPages().length > 0;

const runDetect = (...args: string[]) => runDetectCli(args, TIMEOUT);

/** Every string in a JSON value, with its path (e.g. `fields.remarks`). */
function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
}

function page(dir: string): string {
  return join(PAGES_DIR, dir, 'index.html');
}

const tmp = mkdtempSync(join(tmpdir(), 'detect-cli-'));
function tempJson(name: string, json: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe.runIf(hasPages)('detect CLI on saved demo pages', () => {
  it(
    'prints one JSON object with masked fields, signals, tier and reasons',
    async () => {
      const run = await runDetect('--profile', 'builtin:demo', page('time-deposit-vip'));
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(out).toMatchObject({
        profile: { id: 'demo', version: '1.0.0' },
        tier: 'B',
        signals: [
          { kind: 'time_deposit', amountCny: 600000 },
          { kind: 'premium_card', amountCny: null },
        ],
        missingFields: expect.any(Array) as unknown,
        fields: { accountNumber: '**** 1234', clientName: '张*', amount: '¥200,000–¥2,000,000' },
      });
      expect(out.reasons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code: 'strong_signal',
            zh: expect.stringContaining('他行贵宾卡') as unknown,
          }),
        ]),
      );
      // The page's own file URL holds the checkout path, which may hold any digits: it must be
      // exactly that URL, and every other string is checked for what must never be printed.
      const { page: where, ...rest } = out as { page: { url: string } };
      expect(where.url).toBe(pathToFileURL(page('time-deposit-vip')).href);
      const printed = JSON.stringify(rest);
      expect(printed).not.toContain('6222021234567891234');
      expect(printed).not.toContain('accountNumberForHashing');
      // No long digit run (card, account, ID, phone) in any field.
      expect(stringsIn(rest).filter(([, s]) => /\d{8,}/.test(s))).toEqual([]);
      expect(printed).not.toContain('402816'); // the PIN on the page
    },
    TIMEOUT,
  );

  it(
    'applies --config thresholds and --cue teller cues',
    async () => {
      const config = tempJson('tiering.json', { schemaVersion: 1, tierBMinAmountCny: 500_000 });
      const raised = await runDetect(
        '--profile',
        'builtin:demo',
        '--config',
        config,
        page('cash-deposit-large'),
      );
      expect(raised.code).toBe(0);
      expect((JSON.parse(raised.stdout) as { tier: string }).tier).toBe('C');
      const cued = await runDetect(
        '--profile',
        'builtin:demo',
        '--cue',
        'soft_appearance',
        page('cash-small'),
      );
      expect((JSON.parse(cued.stdout) as { tier: string }).tier).toBe('C');
    },
    TIMEOUT,
  );

  describe('over HTTP', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        const name = (request.url ?? '/').split('?')[0]?.replace(/^\//, '') || 'index.html';
        if (!/^[\w-]+\.html$/.test(name)) return void response.writeHead(404).end();
        try {
          const body = readFileSync(join(PAGES_DIR, 'loss-report-large', name));
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

    it(
      'loads a live page and its same-origin client frame',
      async () => {
        const run = await runDetect('--profile', 'builtin:demo', `${base}/index.html`);
        expect(run.code).toBe(0);
        const out = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(out).toMatchObject({
          tier: 'B',
          retentionRisk: true,
          clientPresent: true,
          missingRequired: [],
          page: { matchesProfile: true },
        });
      },
      TIMEOUT,
    );
  });
});

describe('detect CLI on the engine’s own contract fixture', () => {
  it(
    'reads the page and its client frame and never prints the PIN or the full card number',
    async () => {
      const run = await runDetect(
        '--profile',
        'builtin:demo',
        'tests/fixtures/engine/time-deposit-vip/index.html',
      );
      expect(run.code).toBe(0);
      const { page: _where, ...rest } = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(rest).toMatchObject({
        tier: 'B',
        clientPresent: true,
        missingRequired: [],
      });
      const printed = JSON.stringify(rest); // without the file URL: the checkout path may hold digits
      expect(printed).not.toContain('123456');
      expect(printed).not.toContain('6222021234567891234');
      expect(run.stderr).toBe('');
    },
    TIMEOUT,
  );
});

describe('detect CLI errors (exit 2)', () => {
  it(
    'names the JSON path of an invalid profile',
    async () => {
      const profile = tempJson('bad.json', {
        schemaVersion: 1,
        id: 'bad',
        name: 'bad',
        version: '1',
        matches: ['http://localhost/*'],
        fields: { amount: { selector: '' }, pin: { label: '交易密码' } },
      });
      const run = await runDetect('--profile', profile, page('cash-small'));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('invalid profile');
      expect(run.stderr).toContain('fields.amount.selector');
      expect(run.stderr).toContain('fields.pin');
    },
    TIMEOUT,
  );

  it.each([
    [['--profile', 'builtin:demo', 'tests/fixtures/engine/no-such-page.html'], 'cannot read page'],
    [['--profile', 'builtin:demo', 'http://127.0.0.1:9/'], 'cannot load page'],
    [['--profile', 'builtin:nope', 'x.html'], 'no built-in profile "nope"'],
    [['--profile', 'missing-profile.json', 'x.html'], 'cannot read profile'],
    [['x.html'], 'missing --profile'],
    [['--profile', 'builtin:demo', '--cue', 'rich', 'x.html'], 'unknown --cue "rich"'],
  ])(
    '%j → %s',
    async (args, message) => {
      const run = await runDetect(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    },
    TIMEOUT,
  );
});
