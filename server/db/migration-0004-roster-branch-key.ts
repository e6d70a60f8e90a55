/**
 * 0004: the roster is keyed by (branch, staff id), not by staff id alone. Staff ids are issued per
 * branch and may repeat across branches; with a global key, writing CM01 for one branch replaced
 * CM01 of another. Neither SQLite nor PostgreSQL can change a primary key in place the same way,
 * so the table is rebuilt: a new table, every row copied, the old one dropped, the new one renamed.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const rosterBranchKeyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('roster_by_branch')
      .addColumn('branch_id', 'text', (c) => c.notNull())
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('specialties_json', 'text', (c) => c.notNull())
      .addColumn('book_size', 'integer', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('available', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('roster_branch_staff_pk', ['branch_id', 'staff_id'])
      .execute();
    await sql`insert into roster_by_branch
      (branch_id, staff_id, name, specialties_json, book_size, capacity, available, updated_at)
      select branch_id, staff_id, name, specialties_json, book_size, capacity, available, updated_at
      from roster`.execute(db);
    await db.schema.dropTable('roster').execute();
    await db.schema.alterTable('roster_by_branch').renameTo('roster').execute();
  },
};
