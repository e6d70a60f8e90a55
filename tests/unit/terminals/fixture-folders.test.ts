/**
 * Every terminal-pattern fixture (tests/fixtures/terminals/<pattern>/) is complete and valid: a
 * profile.json the real schema accepts, an expect.json, and — where there is one — an e2e.json
 * the end-to-end spec can play, whose page exists and is matched by the profile at the address
 * the fixture server gives it (any port: the e2e server picks a random one).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfileText } from '../../../lib/profile/parse';
import { matchesAny } from '../../../lib/profile/match';
import { parseFitPlan } from '../../e2e/fixtures/fit-plan';
import {
  TERMINALS_DIR,
  patternNames,
  readServeOptions,
} from '../../../support/server/fixture-server';

const patterns = patternNames();
const read = (pattern: string, file: string) =>
  readFileSync(path.join(TERMINALS_DIR, pattern, file), 'utf8');

describe('terminal pattern fixtures', () => {
  it('include the baseline pattern', () => {
    expect(patterns).toContain('baseline-table');
  });

  describe.each(patterns)('%s', (pattern) => {
    const dir = path.join(TERMINALS_DIR, pattern);

    it('has profile.json and expect.json', () => {
      expect(existsSync(path.join(dir, 'profile.json')), 'profile.json').toBe(true);
      expect(existsSync(path.join(dir, 'expect.json')), 'expect.json').toBe(true);
      expect(() => JSON.parse(read(pattern, 'expect.json')) as unknown).not.toThrow();
    });

    it('has a profile.json the real profile schema accepts', () => {
      const parsed = parseProfileText(read(pattern, 'profile.json'));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });

    it('has a valid serve.json, if any', async () => {
      await expect(readServeOptions(dir)).resolves.toBeTypeOf('object');
    });

    it.runIf(existsSync(path.join(dir, 'e2e.json')))(
      'has an e2e.json whose page exists and is matched by the profile where it is served',
      () => {
        const plan = parseFitPlan(read(pattern, 'e2e.json'), `${pattern}/e2e.json`);
        const url = new URL(`http://127.0.0.1:43117/${pattern}/${plan.page}`);
        const file = path.join(dir, decodeURIComponent(url.pathname.slice(pattern.length + 2)));
        expect(existsSync(file), `${plan.page} exists`).toBe(true);
        const parsed = parseProfileText(read(pattern, 'profile.json'));
        const matches = parsed.ok ? parsed.profile.matches : [];
        expect(matchesAny(matches, url.href), `profile matches ${url.href}`).toBe(true);
      },
    );
  });
});
