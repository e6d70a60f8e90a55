/** Loads a terminal fixture (tests/fixtures/terminals/<pattern>) into the test's jsdom document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../lib/profile/parse';
import type { TerminalProfile } from '../../../lib/profile/schema';

export const TERMINALS_DIR = join(import.meta.dirname, '../../fixtures/terminals');

export interface ExpectCheck {
  name: string;
  page?: string;
  tier: string;
  signals?: string[];
  fieldsPresent?: string[];
  fieldsMissing?: string[];
  missingRequired?: string[];
  transactionComplete?: boolean;
  clientLinked?: boolean;
}

export interface ExpectFile {
  page: string;
  checks: ExpectCheck[];
}

function readJson(pattern: string, file: string): unknown {
  return JSON.parse(readFileSync(join(TERMINALS_DIR, pattern, file), 'utf8')) as unknown;
}

export function fixtureProfile(pattern: string): TerminalProfile {
  const result = parseProfile(readJson(pattern, 'profile.json'));
  if (!result.ok) throw new Error(`${pattern}/profile.json: ${JSON.stringify(result.errors)}`);
  return result.profile;
}

export function fixtureExpect(pattern: string): ExpectFile {
  return readJson(pattern, 'expect.json') as ExpectFile;
}

/** Puts the fixture page's body into `doc` (scripts dropped, none run). */
export function loadFixture(pattern: string, page = 'index.html', doc: Document = document): void {
  const html = readFileSync(join(TERMINALS_DIR, pattern, page), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  doc.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)),
  );
}
