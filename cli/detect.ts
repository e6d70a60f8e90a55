/**
 * `npm run -s detect -- --profile <profile.json | builtin:demo> <page.html | URL>`
 * Runs the extension's extraction and tiering on a saved or live terminal page, so an admin can
 * test a profile before rolling it out. Prints one JSON object; exit 0, or 2 with a message.
 * With `--expect FILE` it runs the file's checks instead: exit 0 all pass, 1 some fail.
 */
import { SIGNAL_KINDS, type SignalKind } from '../lib/signals/kinds';
import { matchesAny } from '../lib/profile/match';
import type { TerminalProfile } from '../lib/profile/schema';
import { TIER_NAMES } from '../lib/tiering/tier-names';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { ConfigError, loadProfile, loadTieringConfig } from './load-config';
import { openTarget, PageLoadError } from './page-target';
import { readWithJsdom, type PageReading } from './read-page';
import { runExpect, type ReadTarget } from './run-expect';

function cuesOf(names: readonly string[]): SignalKind[] {
  return names.map((name) => {
    const kind = SIGNAL_KINDS.find((known) => known === name);
    if (!kind) throw new UsageError(`unknown --cue "${name}" (one of: ${SIGNAL_KINDS.join(', ')})`);
    return kind;
  });
}

/** jsdom, or one Chromium for the whole run with --browser (started only then). */
async function openReader(
  args: CliArgs,
  profile: TerminalProfile,
): Promise<{ read: ReadTarget; close: () => Promise<void> }> {
  const detect = { config: await loadTieringConfig(args.config), tellerCues: cuesOf(args.cues) };
  if (!args.browser)
    return {
      read: (target) => readWithJsdom(target, profile, { encoding: args.encoding, detect }),
      close: () => Promise.resolve(),
    };
  const { openBrowser } = await import('./browser/read-in-browser');
  const session = await openBrowser();
  const options = { encoding: args.encoding, waitFor: args.waitFor, waitMs: args.waitMs, detect };
  return { read: (target) => session.read(target, profile, options), close: () => session.close() };
}

function printReading(reading: PageReading, profile: TerminalProfile, browser: boolean): void {
  const { result, url } = reading;
  const output = {
    ...result,
    tierName: TIER_NAMES[result.tier],
    page: {
      url,
      matchesProfile: url.startsWith('file:') ? null : matchesAny(profile.matches, url),
    },
  };
  // accountNumberForHashing is left out on purpose: the CLI never prints a full number.
  const json = JSON.stringify(
    output,
    (key, value: unknown) => (key === 'accountNumberForHashing' ? undefined : value),
    2,
  );
  process.stdout.write(`${json}\n`);
  for (const warning of reading.warnings) process.stderr.write(`detect: warning: ${warning}\n`);
  if (result.missingRequired.length > 0) {
    process.stderr.write(
      `detect: warning: required fields not found: ${result.missingRequired.join(', ')}` +
        (browser
          ? ' (try --wait-for <selector> or --wait-ms)\n'
          : " (this tool runs none of the page's scripts: save the page after entering a transaction, or try --browser)\n"),
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  cuesOf(args.cues);
  const profile = await loadProfile(args.profile);
  const reader = await openReader(args, profile);
  try {
    if (args.expect !== undefined) {
      const failed = await runExpect(
        args.expect,
        profile,
        reader.read,
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`detect: warning: ${line}\n`),
      );
      return failed > 0 ? 1 : 0;
    }
    const target = await openTarget(args.page ?? '');
    try {
      printReading(await reader.read(target), profile, args.browser);
    } finally {
      await target.close();
    }
    return 0;
  } finally {
    await reader.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError || error instanceof ConfigError || error instanceof PageLoadError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`detect: ${known ? message : `unexpected error: ${message}`}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  },
);
