/** One purge run with the configured days, its outcome kept for the supervisor page to show. */
import type { SidekickDB } from '../db';
import { purgeDevice } from './purge';
import { loadRetentionDays, retentionRunItem, type RetentionRun } from './settings';

export async function runRetention(db: SidekickDB, now: Date = new Date()): Promise<RetentionRun> {
  let run: RetentionRun;
  try {
    run = {
      at: now.getTime(),
      result: await purgeDevice(db, { now, days: await loadRetentionDays() }),
    };
  } catch (error) {
    run = { at: now.getTime(), error: error instanceof Error ? error.message : String(error) };
  }
  await retentionRunItem.setValue(run);
  return run;
}
