/**
 * `config …`: the central profile and tiering config (docs/central-config.md).
 *   config push <file.json> (--branch <id> | --all) [--kind profile|tiering] [--note <text>]
 *   config inherit --branch <id> [--kind profile|tiering]   (follow the --all version again)
 *   config list [--kind profile|tiering] [--branch <id> | --all]
 *   config show <version>
 * An invalid file is refused with one line per problem (the JSON path of the bad value) and
 * nothing is stored.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ALL_BRANCHES,
  CONFIG_KINDS,
  configKindSchema,
  type ConfigKind,
  type ConfigScope,
} from '../lib/contracts/central-config';
import { branchIdSchema } from '../lib/contracts/primitives';
import { checkConfig, describeErrors } from '../lib/central-config/validate';
import type { Db } from './db/types';
import { getConfigVersion, listConfigVersions, pushConfigVersion } from './repo/config-versions';
import type { Clock } from './util/clock';

/** A mistake in the command line (the usage is printed after it). */
export class ConfigUsageError extends Error {}
/** A config file that cannot be stored (no usage: the lines say what to fix). */
export class ConfigFileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0]);
  }
}

interface Io {
  db: Db;
  clock: Clock;
  out: (line: string) => void;
}

const OPTIONS = {
  branch: { type: 'string' },
  all: { type: 'boolean' },
  kind: { type: 'string' },
  note: { type: 'string' },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigUsageError(error instanceof Error ? error.message : String(error));
  }
}

function kindOf(raw: string | undefined): ConfigKind {
  const kind = configKindSchema.safeParse(raw ?? 'profile');
  if (!kind.success) throw new ConfigUsageError(`--kind must be one of ${CONFIG_KINDS.join(', ')}`);
  return kind.data;
}

function scopeOf(
  values: { branch?: string; all?: boolean },
  required: boolean,
): ConfigScope | undefined {
  if (values.branch !== undefined && values.all)
    throw new ConfigUsageError('give either --branch <id> or --all, not both');
  if (values.all) return ALL_BRANCHES;
  if (values.branch === undefined) {
    if (required) throw new ConfigUsageError('say which branch: --branch <id>, or --all');
    return undefined;
  }
  const branch = branchIdSchema.safeParse(values.branch);
  if (!branch.success) throw new ConfigUsageError('--branch: a branch id such as 0101');
  return branch.data;
}

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigFileError([
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ConfigFileError([
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}

export async function configCommand(args: string[], io: Io): Promise<void> {
  const [action, ...rest] = args;
  const { values, positionals } = parse(rest);
  const actor = 'cli';
  switch (action) {
    case 'push': {
      const [file, ...extra] = positionals;
      if (!file || extra.length > 0) throw new ConfigUsageError('config push needs one JSON file');
      const kind = kindOf(values.kind);
      const scope = scopeOf(values, true) ?? ALL_BRANCHES;
      const json = readJsonFile(file);
      const checked = checkConfig(kind, json);
      if (!checked.ok)
        throw new ConfigFileError([
          `${file} is not a valid ${kind} config; nothing was stored:`,
          ...describeErrors(checked.errors).map((line) => `  ${line}`),
        ]);
      const stored = await pushConfigVersion(
        io.db,
        {
          kind,
          scope,
          doc: json,
          ...(checked.label ? { label: checked.label } : {}),
          ...(values.note ? { note: values.note.slice(0, 200) } : {}),
          actor,
        },
        io.clock.now(),
      );
      io.out(
        `stored ${kind} version ${stored.version} (${stored.label}) for ${scope === ALL_BRANCHES ? 'all branches' : `branch ${scope}`}`,
      );
      return;
    }
    case 'inherit': {
      if (positionals.length > 0) throw new ConfigUsageError('config inherit takes no file');
      const kind = kindOf(values.kind);
      const scope = scopeOf(values, true);
      if (scope === ALL_BRANCHES || !scope)
        throw new ConfigUsageError('config inherit needs --branch <id>');
      const stored = await pushConfigVersion(
        io.db,
        { kind, scope, doc: null, actor },
        io.clock.now(),
      );
      io.out(`branch ${scope} follows the all-branches ${kind} again (version ${stored.version})`);
      return;
    }
    case 'list': {
      if (positionals.length > 0) throw new ConfigUsageError('config list takes no file');
      const scope = scopeOf(values, false);
      const versions = await listConfigVersions(io.db, {
        ...(values.kind ? { kind: kindOf(values.kind) } : {}),
        ...(scope ? { scope } : {}),
      });
      for (const v of versions)
        io.out(
          [v.version, v.kind, v.scope, v.label, v.createdAt, v.actor, v.note ?? ''].join('\t'),
        );
      if (versions.length === 0) io.out('no config versions stored');
      return;
    }
    case 'show': {
      const [raw, ...extra] = positionals;
      const version = Number(raw);
      if (!raw || extra.length > 0 || !/^\d{1,15}$/.test(raw) || version < 1)
        throw new ConfigUsageError('config show needs one version number');
      const found = await getConfigVersion(io.db, version);
      if (!found) throw new ConfigUsageError(`no config version ${version}`);
      io.out(JSON.stringify(found, null, 2));
      return;
    }
    default:
      throw new ConfigUsageError(`unknown command: config ${action ?? '(none)'}`);
  }
}
