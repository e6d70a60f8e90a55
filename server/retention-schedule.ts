/**
 * The daily retention purge of a running server (RETENTION_DAYS, default 180; 0 turns it off).
 * First run a few seconds after start, then every 24 hours. Several instances on one PostgreSQL
 * may run it at once: a referral is purged once (guarded by `personal_purged_at`).
 */
import type { Db } from './db/types';
import type { Logger } from './http/logger';
import { purgePersonalData } from './repo/retention';
import type { Clock } from './util/clock';

const DAY_MS = 86_400_000;

export interface RetentionSchedule {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function scheduleRetention(
  db: Db,
  opts: { days: number; clock: Clock; logger: Logger; firstRunMs?: number; everyMs?: number },
): RetentionSchedule {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return;
    running = purgePersonalData(db, { now: opts.clock.now(), days: opts.days, actor: 'retention' })
      .then((r) => {
        if (r.referrals > 0)
          opts.logger.info('retention purge', { referrals: r.referrals, days: r.days });
      })
      .catch((error: unknown) => {
        opts.logger.error('retention purge failed', {
          name: error instanceof Error ? error.name : 'unknown',
        });
      });
  };
  const first = setTimeout(run, opts.firstRunMs ?? 5_000);
  const every = setInterval(run, opts.everyMs ?? DAY_MS);
  first.unref();
  every.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
