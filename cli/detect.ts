/**
 * `npm run -s detect -- --profile <profile.json | builtin:demo> <page.html | URL>`
 * Runs the extension's extraction and tiering on a saved or live terminal page, so an admin can
 * test a profile before rolling it out. Prints one JSON object; exit 0, or 2 with a message.
 */
import { SIGNAL_KINDS, type SignalKind } from '../lib/signals/kinds';
import { detect } from '../lib/detect/detect';
import { matchesAny } from '../lib/profile/match';
import { TIER_NAMES } from '../lib/tiering/tier-names';
import { parseCliArgs, USAGE, UsageError } from './args';
import { ConfigError, loadProfile, loadTieringConfig } from './load-config';
import { loadPage, PageLoadError } from './load-page';

function cuesOf(names: readonly string[]): SignalKind[] {
  return names.map((name) => {
    const kind = SIGNAL_KINDS.find((known) => known === name);
    if (!kind) throw new UsageError(`unknown --cue "${name}" (one of: ${SIGNAL_KINDS.join(', ')})`);
    return kind;
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const tellerCues = cuesOf(args.cues);
  const profile = await loadProfile(args.profile);
  const config = await loadTieringConfig(args.config);
  const dom = await loadPage(args.page);
  try {
    const url = dom.window.document.URL;
    const result = detect(dom.window.document, profile, { config, tellerCues });
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
    if (result.missingRequired.length > 0) {
      process.stderr.write(
        `detect: warning: required fields not found: ${result.missingRequired.join(', ')}` +
          " (this tool runs none of the page's scripts: save the page after entering a transaction)\n",
      );
    }
    return 0;
  } finally {
    dom.window.close();
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
