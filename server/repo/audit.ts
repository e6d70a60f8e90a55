/** The append-only audit log (the database refuses updates and deletes; see migrations.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

export interface AuditEntry {
  at: string;
  /** Who: `token:<id>` for API callers, `cli` for the admin command line. */
  actor: string;
  branchId: string | null;
  /** e.g. token.create, token.revoke, roster.replace, roster.availability, referral_log.export. */
  action: string;
  /** Never contact data. */
  details: Record<string, unknown>;
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      branch_id: entry.branchId,
      action: entry.action,
      details_json: JSON.stringify(entry.details),
    })
    .execute();
}

export async function readAudit(
  db: Kysely<Database>,
  branchId: string | null,
  limit = 100,
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit);
  if (branchId !== null) query = query.where('branch_id', '=', branchId);
  const rows = await query.execute();
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    branchId: r.branch_id,
    action: r.action,
    details: JSON.parse(r.details_json) as Record<string, unknown>,
  }));
}
