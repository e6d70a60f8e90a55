/**
 * The client-manager roster, per branch. Staff ids repeat across branches, so every read and
 * write names the branch: nothing here can touch another branch's rows.
 */
import type { Selectable } from 'kysely';
import type { RosterEntry } from '../../lib/contracts/roster';
import type { Db, RosterTable } from '../db/types';
import { appendAudit } from './audit';
import { inTransaction } from './transaction';

function toEntry(row: Selectable<RosterTable>): RosterEntry {
  return {
    staffId: row.staff_id,
    name: row.name,
    branchId: row.branch_id,
    specialties: JSON.parse(row.specialties_json) as string[],
    bookSize: row.book_size,
    capacity: row.capacity,
    available: Boolean(row.available),
  };
}

export async function listRoster(db: Db, branchId: string): Promise<RosterEntry[]> {
  const rows = await db.kysely
    .selectFrom('roster')
    .selectAll()
    .where('branch_id', '=', branchId)
    .orderBy('staff_id')
    .execute();
  return rows.map(toEntry);
}

/**
 * Replaces the roster of every branch that appears in `entries` (or of `branchIds`, to empty one).
 * Only those branches' rows are deleted: a manager moving branch is moved by replacing both
 * branches (the admin command line can; a branch admin replaces their own branch only).
 */
export async function replaceRoster(
  db: Db,
  entries: RosterEntry[],
  branchIds: string[],
  now: Date,
  actor: string,
): Promise<void> {
  const branches = [...new Set([...branchIds, ...entries.map((e) => e.branchId)])];
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    if (branches.length)
      await trx.deleteFrom('roster').where('branch_id', 'in', branches).execute();
    if (entries.length) {
      await trx
        .insertInto('roster')
        .values(
          entries.map((e) => ({
            staff_id: e.staffId,
            branch_id: e.branchId,
            name: e.name,
            specialties_json: JSON.stringify(e.specialties),
            book_size: e.bookSize,
            capacity: e.capacity,
            available: e.available ? 1 : 0,
            updated_at: at,
          })),
        )
        .execute();
    }
    for (const branchId of branches) {
      const count = entries.filter((e) => e.branchId === branchId).length;
      await appendAudit(trx, {
        at,
        actor,
        branchId,
        action: 'roster.replace',
        details: { managers: count },
      });
    }
  });
}

export async function setAvailability(
  db: Db,
  branchId: string,
  staffId: string,
  available: boolean,
  now: Date,
  actor: string,
): Promise<RosterEntry | undefined> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('roster')
      .selectAll()
      .where('branch_id', '=', branchId)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    if (!row) return undefined;
    await trx
      .updateTable('roster')
      .set({ available: available ? 1 : 0, updated_at: at })
      .where('branch_id', '=', branchId)
      .where('staff_id', '=', staffId)
      .execute();
    await appendAudit(trx, {
      at,
      actor,
      branchId,
      action: 'roster.availability',
      details: { staffId, available },
    });
    return toEntry({ ...row, available: available ? 1 : 0 });
  });
}
