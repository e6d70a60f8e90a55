/**
 * Admin command line (run on the server machine, with the server's database settings):
 *   token create --role teller --branch 0101 --staff T001 [--label "counter 3"]   (token on the last line)
 *   token revoke <id>
 *   token list
 *   roster set <managers.json>      (array of roster entries, or { "managers": [...] })
 *   roster list [--branch 0101]
 *   backup <file.sqlite>            (SQLite only; use pg_dump for PostgreSQL)
 *   purge [--older-than-days N] [--dry-run]   (retention: personal fields of old referrals)
 *   config push|inherit|list|show …  (central profile / tiering config: cli-config.ts)
 *   migrate
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TOKEN_ROLES, tokenRoleSchema } from '../lib/contracts/auth';
import { branchIdSchema, staffIdSchema } from '../lib/contracts/primitives';
import { rosterEntrySchema } from '../lib/contracts/roster';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../lib/privacy/text-check';
import { PurgeUsageError, purgeCommand } from './cli-purge';
import { ConfigFileError, ConfigUsageError, configCommand } from './cli-config';
import { backupSqlite } from './db/backup';
import type { Db } from './db/types';
import { createToken, listTokens, revokeToken } from './repo/tokens';
import { listRoster, replaceRoster } from './repo/roster';
import type { Clock } from './util/clock';

export interface CliIo {
  db: Db;
  /** The SQLite file behind `db` (for backup). */
  sqlitePath?: string;
  clock: Clock;
  /** RETENTION_DAYS: the default of `purge`. */
  retentionDays?: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `usage: npm run server -- <command>
  (no command)                         start the server
  token create --role <${TOKEN_ROLES.join('|')}> --branch <id> --staff <id> [--label <text>]
  token revoke <token id>
  token list
  roster set <managers.json>
  roster list [--branch <id>]
  backup <file.sqlite>
  purge [--older-than-days <N>] [--dry-run]
  config push <file.json> (--branch <id> | --all) [--kind profile|tiering] [--note <text>]
  config inherit --branch <id> [--kind profile|tiering]
  config list [--kind profile|tiering] [--branch <id> | --all]
  config show <version>
  migrate`;

const rosterListSchema = z.array(rosterEntrySchema).max(10_000);

class UsageError extends Error {}

/** Runs one admin command; returns the process exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    await dispatch(args, io);
    return 0;
  } catch (error) {
    if (error instanceof ConfigFileError) {
      for (const line of error.lines) io.err(line);
      return 1;
    }
    if (
      error instanceof UsageError ||
      error instanceof PurgeUsageError ||
      error instanceof ConfigUsageError
    ) {
      io.err(error.message);
      io.err(USAGE);
      return 2;
    }
    throw error;
  }
}

async function dispatch(args: string[], io: CliIo): Promise<void> {
  const [group, action, ...rest] = args;
  if (group === 'backup') return backup(action, rest, io);
  if (group === 'purge') return purgeCommand(args.slice(1), io);
  if (group === 'config') return configCommand(args.slice(1), io);
  const command = `${group ?? ''} ${action ?? ''}`.trim();
  switch (command) {
    case 'token create':
      return tokenCreate(rest, io);
    case 'token revoke': {
      const id = rest[0];
      if (!id || rest.length !== 1) throw new UsageError('token revoke needs exactly one token id');
      if (!(await revokeToken(io.db, id, io.clock.now())))
        throw new UsageError(`no token with id ${id}`);
      io.out(`revoked ${id}`);
      return;
    }
    case 'token list':
      for (const t of await listTokens(io.db)) {
        io.out(
          [
            t.id,
            t.role,
            t.branchId,
            t.staffId,
            t.createdAt,
            t.revokedAt ? `revoked ${t.revokedAt}` : 'active',
            t.label ?? '',
          ].join('\t'),
        );
      }
      return;
    case 'roster set':
      return rosterSet(rest, io);
    case 'roster list': {
      const branch = branchIdSchema.safeParse(
        rest[0] === '--branch' && rest.length === 2 ? rest[1] : undefined,
      );
      if (!branch.success) throw new UsageError('roster list needs --branch <id>');
      for (const m of await listRoster(io.db, branch.data)) {
        io.out(
          [
            m.staffId,
            m.name,
            m.branchId,
            m.specialties.join(','),
            `${m.bookSize}/${m.capacity}`,
            m.available ? 'available' : 'away',
          ].join('\t'),
        );
      }
      return;
    }
    case 'migrate':
      io.out('database is up to date');
      return;
    default:
      throw new UsageError(
        group === 'migrate'
          ? 'migrate takes no arguments'
          : `unknown command: ${command || '(none)'}`,
      );
  }
}

async function backup(destination: string | undefined, rest: string[], io: CliIo): Promise<void> {
  if (!destination || rest.length > 0) throw new UsageError('backup needs one destination file');
  if (io.db.dialect !== 'sqlite' || !io.sqlitePath) {
    throw new UsageError('backup is for the SQLite database; back up PostgreSQL with pg_dump');
  }
  const pages = await backupSqlite(io.sqlitePath, destination);
  io.out(`backed up ${pages} pages to ${destination}`);
}

async function tokenCreate(rest: string[], io: CliIo): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        role: { type: 'string' },
        branch: { type: 'string' },
        staff: { type: 'string' },
        label: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const role = tokenRoleSchema.safeParse(values.role?.replace('-', '_'));
  const branch = branchIdSchema.safeParse(values.branch);
  const staff = staffIdSchema.safeParse(values.staff);
  if (!role.success) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
  if (!branch.success) throw new UsageError('--branch: a branch id such as 0101');
  if (!staff.success) throw new UsageError('--staff: a staff id such as T001');
  const label =
    values.label === undefined ? undefined : Array.from(values.label).slice(0, 80).join('');
  const labelProblem =
    label === undefined ? undefined : textProblem(label, { allowLongNumbers: true });
  if (labelProblem) throw new UsageError(`--label ${TEXT_PROBLEM_MESSAGES[labelProblem]}`);
  const { id, token } = await createToken(
    io.db,
    { role: role.data, branchId: branch.data, staffId: staff.data, ...(label ? { label } : {}) },
    io.clock.now(),
  );
  io.out(
    `created token ${id} for ${staff.data} (${role.data}, branch ${branch.data}). It is shown only now; the server keeps a hash.`,
  );
  io.out(token);
}

async function rosterSet(rest: string[], io: CliIo): Promise<void> {
  const file = rest[0];
  if (!file || rest.length !== 1) throw new UsageError('roster set needs one JSON file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const list =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'managers' in parsed
      ? parsed.managers
      : parsed;
  const result = rosterListSchema.safeParse(list);
  if (!result.success) {
    throw new UsageError(
      `${file}: ${result.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  const managers = result.data;
  if (new Set(managers.map((m) => m.staffId)).size !== managers.length)
    throw new UsageError(`${file}: a staffId appears twice`);
  await replaceRoster(io.db, managers, [], io.clock.now(), 'cli');
  const branches = [...new Set(managers.map((m) => m.branchId))];
  io.out(
    `roster set: ${managers.length} client managers in ${branches.length} branch(es): ${branches.join(', ')}`,
  );
}
