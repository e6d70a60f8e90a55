/**
 * `purge [--older-than-days N] [--dry-run]`: removes the personal fields of referrals older than N
 * days (default RETENTION_DAYS, 180) and audits it. --dry-run only counts.
 */
import { parseArgs } from 'node:util';
import { isValidRetentionDays, MAX_RETENTION_DAYS } from '../lib/retention/policy';
import type { Db } from './db/types';
import { purgePersonalData } from './repo/retention';
import type { Clock } from './util/clock';

export class PurgeUsageError extends Error {}

export async function purgeCommand(
  args: string[],
  io: { db: Db; clock: Clock; out: (line: string) => void; retentionDays?: number },
): Promise<void> {
  let values: { 'older-than-days'?: string; 'dry-run'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { 'older-than-days': { type: 'string' }, 'dry-run': { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    throw new PurgeUsageError(error instanceof Error ? error.message : String(error));
  }
  const raw = values['older-than-days'];
  const days = raw === undefined ? (io.retentionDays ?? 0) : Number(raw);
  if (!isValidRetentionDays(days)) {
    throw new PurgeUsageError(
      raw === undefined
        ? 'automatic retention is off (RETENTION_DAYS=0): give --older-than-days N'
        : `--older-than-days: a whole number of days from 1 to ${MAX_RETENTION_DAYS}`,
    );
  }
  const dryRun = values['dry-run'] ?? false;
  const r = await purgePersonalData(io.db, {
    now: io.clock.now(),
    days,
    actor: 'cli',
    dryRun,
    auditAlways: true,
  });
  io.out(
    `${dryRun ? 'would purge' : 'purged'} personal data of ${r.referrals} referrals created before ${r.cutoff} (older than ${days} days): ` +
      `${r.contacts} contact details, ${r.tellerNotes} teller notes, ${r.cards} card last-4, ${r.noteEvents} note events` +
      (dryRun ? ' (dry run: nothing changed)' : ''),
  );
}
