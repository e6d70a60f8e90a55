/**
 * The device's audit trail: one row per local action (who, what, when, which record by id).
 * Rows hold no personal data — no names, numbers, contact details, notes or amounts.
 */
import type { SidekickDB } from './database';
import type { AuditAction, AuditRow } from './rows';

export interface AuditEntry {
  at: Date;
  actor: string;
  action: AuditAction;
  entityId?: string;
  detail?: AuditRow['detail'];
}

/** Adds audit rows; call it inside the transaction of the action it records (include db.audit). */
export async function addAudit(db: SidekickDB, ...entries: AuditEntry[]): Promise<void> {
  await db.audit.bulkAdd(
    entries.map((entry) => ({
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      ...(entry.entityId ? { entityId: entry.entityId } : {}),
      ...(entry.detail ? { detail: entry.detail } : {}),
    })),
  );
}

/** Newest first. */
export async function listAudit(
  db: SidekickDB,
  { limit = 100, offset = 0 } = {},
): Promise<AuditRow[]> {
  return db.audit.orderBy('at').reverse().offset(offset).limit(limit).toArray();
}
