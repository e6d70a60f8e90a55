/**
 * `--expect FILE`: runs every check of an expect file against its page (each page read once) and
 * prints one line per check, with the differences under a failed one. Returns how many failed.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatValidationErrors } from '../lib/profile/issues';
import type { TerminalProfile } from '../lib/profile/schema';
import { checkReading } from './expect-check';
import { parseExpectText, type ExpectCheck } from './expect-schema';
import { ConfigError } from './load-config';
import { isUrl, openTarget, type PageTarget } from './page-target';
import type { PageReading } from './read-page';

export type ReadTarget = (target: PageTarget) => Promise<PageReading>;

async function readExpectFile(path: string, profile: TerminalProfile) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read expect file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const parsed = parseExpectText(text, profile);
  if (!parsed.ok)
    throw new ConfigError(`invalid expect file ${path}:\n${formatValidationErrors(parsed.errors)}`);
  return parsed.file;
}

/** Checks grouped by page, in the order the pages first appear. */
function byPage(defaultPage: string, checks: readonly ExpectCheck[]): Map<string, ExpectCheck[]> {
  const groups = new Map<string, ExpectCheck[]>();
  for (const check of checks) {
    const page = check.page ?? defaultPage;
    groups.set(page, [...(groups.get(page) ?? []), check]);
  }
  return groups;
}

export async function runExpect(
  path: string,
  profile: TerminalProfile,
  read: ReadTarget,
  write: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const file = await readExpectFile(path, profile);
  const folder = dirname(resolve(path));
  let failed = 0;
  for (const [page, checks] of byPage(file.page, file.checks)) {
    const target = await openTarget(isUrl(page) ? page : resolve(folder, page));
    let reading: PageReading;
    try {
      reading = await read(target);
    } finally {
      await target.close();
    }
    for (const warning of reading.warnings) warn(`${page}: ${warning}`);
    for (const check of checks) {
      const failures = checkReading(check, reading);
      write(`${failures.length === 0 ? 'ok  ' : 'FAIL'}  ${check.name}  (${page})`);
      for (const failure of failures) write(`        ${failure}`);
      if (failures.length > 0) failed += 1;
    }
  }
  write(`${file.checks.length} checks: ${file.checks.length - failed} passed, ${failed} failed`);
  return failed;
}
