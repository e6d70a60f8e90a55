/**
 * 0002: columns SQL filters on for the supervisor's referral log, stats and retention, with the
 * rows that already exist filled in from their documents and status events. Same on both dialects.
 */
import type { Kysely, Migration } from 'kysely';
import type { Referral, ReferralStatus } from '../../lib/contracts/referral';
import { STAGE_OF, logColumnsOf, progressColumns } from '../repo/log-columns';
import type { Database } from './types';

const COLUMNS: [string, 'bigint' | 'integer' | 'text', string | number | null][] = [
  ['created_ms', 'bigint', 0],
  ['outcome_ms', 'bigint', null],
  ['tier', 'text', ''],
  ['handoff', 'text', ''],
  ['signal_kinds', 'text', ''],
  ['summary', 'text', ''],
  ['stage_reached', 'integer', 0],
  ['personal_purged_at', 'text', null],
];

const BATCH = 500;

async function backfill(db: Kysely<Database>): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('referrals')
      .select(['id', 'doc', 'status'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    after = rows.at(-1)?.id ?? after;
    const moved = rows
      .filter((r) => r.status !== 'new' && r.status !== 'declined')
      .map((r) => r.id);
    const events = moved.length
      ? await db
          .selectFrom('events')
          .select(['referral_id', 'at', 'data_json'])
          .where('type', '=', 'status_changed')
          .where('referral_id', 'in', moved)
          .orderBy('ingest_id')
          .execute()
      : [];
    for (const row of rows) {
      let progress = { stage_reached: 0, outcome_ms: null as number | null };
      for (const e of events.filter((e) => e.referral_id === row.id)) {
        const data = JSON.parse(e.data_json ?? '{}') as {
          from?: ReferralStatus;
          to?: ReferralStatus;
        };
        progress = progressColumns(progress, data.from ?? 'new', 0);
        progress = progressColumns(progress, data.to ?? 'new', Date.parse(e.at));
      }
      const stage = STAGE_OF[row.status as ReferralStatus] ?? 0;
      progress.stage_reached = Math.max(progress.stage_reached, stage);
      await db
        .updateTable('referrals')
        .set({ ...logColumnsOf(JSON.parse(row.doc) as Referral), ...progress })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

export const referralLogMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, type, fallback] of COLUMNS) {
      await db.schema
        .alterTable('referrals')
        .addColumn(name, type, (c) => (fallback === null ? c : c.notNull().defaultTo(fallback)))
        .execute();
    }
    await backfill(db as Kysely<Database>);
    await db.schema
      .createIndex('referrals_branch_status_created')
      .on('referrals')
      .columns(['branch_id', 'status', 'created_at'])
      .execute();
    await db.schema
      .createIndex('referrals_retention')
      .on('referrals')
      .columns(['personal_purged_at', 'created_at'])
      .execute();
  },
};
