/**
 * 0006: central configuration and fleet health.
 * - `config_versions`: every profile / tiering config an admin pushed, per branch or for all
 *   (`*`). Versions are immutable (the database refuses updates and deletes, as for the audit
 *   log) and ordered by their number; `doc` is null for "this branch follows the all-branches
 *   version again".
 * - `fleet_devices`: the last report of each device (which versions it runs, when it was seen).
 * - `fleet_problems`: one row per device and current problem (a field missing, paused, degraded,
 *   completion cue never seen) since it was first seen; deleted when the device reports healthy.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from './types';

export function fleetMigration(dialect: DialectName): Migration {
  const pg = dialect === 'postgres';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('config_versions')
        .addColumn('version', pg ? 'bigserial' : 'integer', (c) =>
          pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('doc', 'text')
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('config_versions_kind_scope')
        .on('config_versions')
        .columns(['kind', 'scope', 'version'])
        .execute();
      if (pg) {
        await sql`create function config_versions_immutable() returns trigger language plpgsql as $$
          begin raise exception 'config_versions are immutable'; end $$`.execute(db);
        await sql`create trigger config_versions_no_change before update or delete on config_versions
          for each row execute function config_versions_immutable()`.execute(db);
      } else {
        await sql`create trigger config_versions_no_update before update on config_versions
          begin select raise(abort, 'config_versions are immutable'); end`.execute(db);
        await sql`create trigger config_versions_no_delete before delete on config_versions
          begin select raise(abort, 'config_versions are immutable'); end`.execute(db);
      }

      await db.schema
        .createTable('fleet_devices')
        .addColumn('device_id', 'text', (c) => c.primaryKey())
        .addColumn('branch_id', 'text', (c) => c.notNull())
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('staff_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('extension_version', 'text')
        .addColumn('profile_id', 'text')
        .addColumn('profile_label', 'text')
        .addColumn('profile_version', 'integer')
        .addColumn('tiering_version', 'integer')
        .addColumn('profile_source', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('fleet_devices_branch')
        .on('fleet_devices')
        .columns(['branch_id', 'last_seen_at'])
        .execute();

      await db.schema
        .createTable('fleet_problems')
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('problem', 'text', (c) => c.notNull())
        /** The profile field the problem is about ('' for paused / completion never seen). */
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('branch_id', 'text', (c) => c.notNull())
        .addColumn('profile_label', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fleet_problems_pk', ['device_id', 'problem', 'field'])
        .execute();
      await db.schema
        .createIndex('fleet_problems_branch')
        .on('fleet_problems')
        .columns(['branch_id', 'profile_label'])
        .execute();
    },
  };
}
