/**
 * The extension's own IndexedDB (in the extension's origin, never the terminal page's): only what
 * a person explicitly created — referrals, their events, notes — plus the outbox that the sync
 * drainer empties, a local audit trail and a few settings. Live signals never come here.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Note } from '../notes/schema';
import type { AuditRow, KvRow, OutboxRow, StoredEvent, StoredReferral } from './rows';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeToV2 } from './schema';

export class SidekickDB extends Dexie {
  referrals!: EntityTable<StoredReferral, 'id', StoredReferral>;
  events!: EntityTable<StoredEvent, 'id', StoredEvent>;
  notes!: EntityTable<Note, 'id', Note>;
  outbox!: EntityTable<OutboxRow, 'id', OutboxRow>;
  audit!: EntityTable<AuditRow, 'id'>;
  kv!: EntityTable<KvRow, 'key', KvRow>;

  /** `name` is injectable so tests (and a second profile) get their own database. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
  }
}
