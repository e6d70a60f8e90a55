/** Reading the append-only audit log of one branch, newest first, in pages. */
import { sql } from 'kysely';
import type { AuditPage } from '../../lib/contracts/audit-api';
import type { Db } from '../db/types';
import { actorTokenId, auditPeople, subjectTokenId } from './audit-people';

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
  const page = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    action: r.action,
    details: JSON.parse(r.details_json) as Record<string, unknown>,
  }));
  const last = page.at(-1);
  const actorIds = page.map((e) => actorTokenId(e.actor));
  const subjectIds = page.map((e) => subjectTokenId(e.action, e.details));
  const people = await auditPeople(
    db,
    branchId,
    [...actorIds, ...subjectIds].filter((id): id is string => id !== undefined),
  );
  return {
    entries: page.map((e, i) => {
      const actorPerson = people.get(actorIds[i] ?? '');
      const subjectPerson = people.get(subjectIds[i] ?? '');
      return {
        ...e,
        ...(actorPerson ? { actorPerson } : {}),
        ...(subjectPerson ? { subjectPerson } : {}),
      };
    }),
    ...(rows.length > limit && last ? { next: Number(last.id) } : {}),
  };
}
