/**
 * Schema migrations, one list for both dialects. Never edit a released migration: add a new one.
 * Runs at server start; on PostgreSQL several instances may start at once (Kysely takes an
 * advisory lock), so migrating is safe behind a load balancer.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { referralLogMigration } from './migration-0002-referral-log';
import { rosterBranchKeyMigration } from './migration-0004-roster-branch-key';
import { legacyTextMigration } from './migration-0005-legacy-text';
import { fleetMigration } from './migration-0006-fleet';
import type { DialectName, Db } from './types';

function buildMigrations(dialect: DialectName): Record<string, Migration> {
  const pg = dialect === 'postgres';
  const serialPk = pg ? 'bigserial' : 'integer';
  const txIdDefault = pg ? sql`(pg_current_xact_id()::text::bigint)` : sql`0`;

  return {
    '0001_init': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('referrals')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('branch_id', 'text', (c) => c.notNull())
          .addColumn('referrer_staff_id', 'text', (c) => c.notNull())
          .addColumn('second_credit_staff_id', 'text')
          .addColumn('manager_staff_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('outcome_json', 'text')
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('undone_at', 'text')
          .addColumn('doc', 'text', (c) => c.notNull())
          .addColumn('contact_json', 'text')
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .execute();
        for (const cols of [
          ['branch_id', 'created_at'],
          ['branch_id', 'manager_staff_id', 'created_at'],
          ['branch_id', 'referrer_staff_id', 'created_at'],
          ['branch_id', 'second_credit_staff_id', 'created_at'],
        ]) {
          await db.schema
            .createIndex(`referrals_${cols.join('_')}`)
            .on('referrals')
            .columns(cols)
            .execute();
        }

        await db.schema
          .createTable('events')
          .addColumn('ingest_id', serialPk, (c) =>
            pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('referral_id', 'text', (c) => c.notNull().references('referrals.id'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('actor_staff_id', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('data_json', 'text')
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('events_referral')
          .on('events')
          .columns(['referral_id', 'ingest_id'])
          .execute();
        // A device numbers its events per referral; two different events may not share a number.
        await sql`create unique index events_device_seq on events (referral_id, seq) where origin = 'device'`.execute(
          db,
        );

        await db.schema
          .createTable('changes')
          .addColumn('change_id', serialPk, (c) =>
            pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('tx_id', 'bigint', (c) => c.notNull().defaultTo(txIdDefault))
          .addColumn('referral_id', 'text', (c) => c.notNull())
          .addColumn('branch_id', 'text', (c) => c.notNull())
          .addColumn('referrer_staff_id', 'text', (c) => c.notNull())
          .addColumn('second_credit_staff_id', 'text')
          .addColumn('manager_staff_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        for (const lead of [
          'branch_id',
          'manager_staff_id',
          'referrer_staff_id',
          'second_credit_staff_id',
        ]) {
          await db.schema
            .createIndex(`changes_${lead}_cursor`)
            .on('changes')
            .columns([lead, 'tx_id', 'change_id'])
            .execute();
        }

        await db.schema
          .createTable('tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('branch_id', 'text', (c) => c.notNull())
          .addColumn('staff_id', 'text', (c) => c.notNull())
          .addColumn('label', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();

        await db.schema
          .createTable('roster')
          .addColumn('staff_id', 'text', (c) => c.primaryKey())
          .addColumn('branch_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('specialties_json', 'text', (c) => c.notNull())
          .addColumn('book_size', 'integer', (c) => c.notNull())
          .addColumn('capacity', 'integer', (c) => c.notNull())
          .addColumn('available', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('roster_branch')
          .on('roster')
          .columns(['branch_id', 'staff_id'])
          .execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('id', serialPk, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('branch_id', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('details_json', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('audit_log_branch_at')
          .on('audit_log')
          .columns(['branch_id', 'at'])
          .execute();
        await makeAuditAppendOnly(db, dialect);
      },
    },
    '0002_referral_log': referralLogMigration,
    '0003_log_order_index': {
      // The log's default order (newest first, id breaking ties) straight from an index, so
      // each 1,000-row page of an export is a range scan, not a sort of the whole branch.
      async up(db: Kysely<unknown>) {
        await db.schema
          .createIndex('referrals_branch_created_id')
          .on('referrals')
          .columns(['branch_id', 'created_at', 'id'])
          .execute();
      },
    },
    '0004_roster_branch_key': rosterBranchKeyMigration,
    '0005_legacy_text': legacyTextMigration,
    '0006_fleet': fleetMigration(dialect),
  };
}

/** Nobody edits the audit log, not even the server's own code: the database refuses. */
async function makeAuditAppendOnly(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<void> {
  await migrate(db, (migrator) => migrator.migrateToLatest());
}

/** Migrates up to and including `name` (tests of a migration's backfill start from the one before). */
export async function migrateUpTo(db: Db, name: string): Promise<void> {
  await migrate(db, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  db: Db,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<void> {
  const migrationTableSchema =
    db.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely))
          .rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(buildMigrations(db.dialect)) },
    migrationTableSchema,
  });
  const { error, results } = await run(migrator);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
}
