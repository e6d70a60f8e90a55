/** The extension's IndexedDB: schema, row types, outbox store, audit trail and settings. */
export { SidekickDB } from './database';
export { DB_NAME } from './schema';
export type { AuditAction, AuditRow, KvRow, OutboxRow, StoredEvent, StoredReferral } from './rows';
export { AUDIT_ACTIONS } from './rows';
export { DexieOutboxStore, enqueueOutbox, type OutboxItem } from './outbox';
export { RecordValidationError, type FieldIssue } from './errors';
export { addAudit, listAudit, type AuditEntry } from './audit';
export { getKv, setKv, type KvKey, type KvValues } from './kv';
