import { parseArgs } from 'node:util';
import { encodingForLabel } from './encoding';

export const USAGE = `usage: npm run -s detect -- --profile <profile.json | builtin:demo> [options] <page.html | URL>
       npm run -s detect -- --profile <profile.json> [options] --expect <expect.json>

Reads the page (and its same-origin frames) with the terminal profile and prints one JSON object:
masked fields, signals, tier, reasons, missing fields. With --expect, runs the file's checks instead.

  --config <tiering.json>   the branch's tiering configuration
  --cue <kind>              a cue the teller ticked (repeatable)
  --encoding <label>        decode the page and its frames as gbk, gb18030, big5, utf-8, …
  --browser                 load the page in headless Chromium with its scripts running
  --wait-for <selector>     (--browser) wait until this element is on the page
  --wait-ms <ms>            (--browser) wait this long more before reading
  --expect <expect.json>    check tier, signals and fields; exit 1 when a check fails

Exit code 0 on success, 1 when an --expect check fails, 2 for bad arguments, an invalid
profile/config/expect file or an unreadable page.`;

export interface CliArgs {
  profile: string;
  config: string | undefined;
  cues: string[];
  /** The page, or undefined with --expect (the pages come from the expect file). */
  page: string | undefined;
  encoding: string | undefined;
  browser: boolean;
  waitFor: string | undefined;
  waitMs: number | undefined;
  expect: string | undefined;
}

export class UsageError extends Error {}

function encodingOption(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  if (!encodingForLabel(label))
    throw new UsageError(
      `unknown --encoding "${label}" (a WHATWG label: gbk, gb18030, big5, utf-8, …)`,
    );
  return label;
}

function waitMsOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text))
    throw new UsageError(`--wait-ms "${text}" is not a number of milliseconds`);
  return Number(text);
}

export function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        cue: { type: 'string', multiple: true },
        encoding: { type: 'string' },
        browser: { type: 'boolean' },
        'wait-for': { type: 'string' },
        'wait-ms': { type: 'string' },
        expect: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (!values.profile) throw new UsageError('missing --profile');
  if (values.expect !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('give no page with --expect: the pages are named in the expect file');
  } else if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError('give exactly one page (file or URL)');
  }
  if (!values.browser && (values['wait-for'] !== undefined || values['wait-ms'] !== undefined))
    throw new UsageError('--wait-for and --wait-ms need --browser');
  return {
    profile: values.profile,
    config: values.config,
    cues: values.cue ?? [],
    page: positionals[0],
    encoding: encodingOption(values.encoding),
    browser: values.browser ?? false,
    waitFor: values['wait-for'],
    waitMs: waitMsOption(values['wait-ms']),
    expect: values.expect,
  };
}
