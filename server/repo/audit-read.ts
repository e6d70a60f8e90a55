/** Reading the append-only audit log of one branch, newest first, in pages. */
import { sql } from 'kysely';
import type { AuditPage } from '../../lib/contracts/audit-api';
import type { Db } from '../db/types';

export interface AuditQuery {
  limit?: number;
  before?: number;
  action?: string;
}

export async function auditPage(db: Db, branchId: string, q: AuditQuery): Promise<AuditPage> {
  const limit = q.limit ?? 100;
  let query = db.reader
    .selectFrom('audit_log')
    .selectAll()
    .where('branch_id', '=', branchId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (q.before !== undefined) query = query.where('id', '<', q.before);
  if (q.action) {
    query = q.action.endsWith('.')
      ? query.where(sql<string>`substr(action, 1, ${sql.lit(q.action.length)})`, '=', q.action)
      : query.where('action', '=', q.action);
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: r.actor,
      action: r.action,
      details: JSON.parse(r.details_json) as Record<string, unknown>,
    })),
    ...(rows.length > limit && last ? { next: Number(last.id) } : {}),
  };
}
