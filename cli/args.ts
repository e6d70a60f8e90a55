import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run -s detect -- --profile <profile.json | builtin:demo> [--config <tiering.json>] [--cue <kind>]... <page.html | URL>

Loads the page (and its same-origin frames, without running its scripts), reads it with the
terminal profile and prints one JSON object: masked fields, signals, tier, reasons, missing fields.
Exit code 0 on success, 2 for bad arguments, an invalid profile/config or an unreadable page.`;

export interface CliArgs {
  profile: string;
  config: string | undefined;
  cues: string[];
  page: string;
}

export class UsageError extends Error {}

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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (!values.profile) throw new UsageError('missing --profile');
  if (positionals.length !== 1 || !positionals[0])
    throw new UsageError('give exactly one page (file or URL)');
  return {
    profile: values.profile,
    config: values.config,
    cues: values.cue ?? [],
    page: positionals[0],
  };
}
