/** Table types for Kysely. Times are ISO strings (UTC for the columns we sort on); booleans are 0/1. */
import type { Generated, Kysely } from 'kysely';

export interface ReferralsTable {
  id: string;
  branch_id: string;
  referrer_staff_id: string;
  second_credit_staff_id: string | null;
  manager_staff_id: string;
  /** createdAt normalised to UTC, for sorting. */
  created_at: string;
  status: string;
  outcome_json: string | null;
  /** Server time of the last change (push or status update). */
  updated_at: string;
  undone_at: string | null;
  /** The pushed referral without `contact`, canonical JSON. */
  doc: string;
  /** Consented contact details, kept apart so retention can purge them and keep the referral. */
  contact_json: string | null;
  /** SHA-256 of the canonical pushed referral: idempotency survives purges. */
  content_hash: string;
  received_at: string;
  // Migration 0002 (referral log): copies of doc fields, so SQL can filter, sort and count them.
  /** createdAt as epoch milliseconds (week buckets and days to outcome in SQL). */
  created_ms: number;
  /** When the referral was won or lost (server time, epoch ms). */
  outcome_ms: number | null;
  tier: string;
  handoff: string;
  /** Signal kinds as `,kind,kind,` (so `like '%,kind,%'` finds one). */
  signal_kinds: string;
  summary: string;
  /** Furthest pipeline step reached: 0 new, 1 contacted, 2 met, 3 won (a lost referral keeps its step). */
  stage_reached: number;
  /** Set when retention removed the personal fields (contact, teller note, card last 4). */
  personal_purged_at: string | null;
}

export interface EventsTable {
  ingest_id: Generated<number>;
  id: string;
  referral_id: string;
  seq: number;
  type: string;
  actor_staff_id: string;
  at: string;
  data_json: string | null;
  /** 'device' (pushed) or 'server' (status changes). */
  origin: string;
  content_hash: string;
  received_at: string;
}

export interface ChangesTable {
  change_id: Generated<number>;
  /** PostgreSQL: the writing transaction's id (see repo/changes.ts); SQLite: always 0. */
  tx_id: Generated<number>;
  referral_id: string;
  branch_id: string;
  referrer_staff_id: string;
  second_credit_staff_id: string | null;
  manager_staff_id: string;
  kind: string;
  at: string;
}

export interface TokensTable {
  id: string;
  token_hash: string;
  role: string;
  branch_id: string;
  staff_id: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface RosterTable {
  staff_id: string;
  branch_id: string;
  name: string;
  specialties_json: string;
  book_size: number;
  capacity: number;
  available: number;
  updated_at: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  branch_id: string | null;
  action: string;
  details_json: string;
}

export interface ConfigVersionsTable {
  version: Generated<number>;
  kind: string;
  /** A branch id or `*` (every branch). */
  scope: string;
  /** The profile's own version; null for tiering configs. */
  label: string | null;
  /** The pushed document, canonical JSON; null: the branch follows the `*` version again. */
  doc: string | null;
  hash: string;
  note: string | null;
  actor: string;
  created_at: string;
}

export interface FleetDevicesTable {
  device_id: string;
  branch_id: string;
  token_id: string;
  staff_id: string;
  label: string | null;
  extension_version: string | null;
  profile_id: string | null;
  profile_label: string | null;
  /** The central config version the device runs (null: a profile set on the device). */
  profile_version: number | null;
  tiering_version: number | null;
  profile_source: string;
  last_seen_at: string;
}

export interface FleetProblemsTable {
  device_id: string;
  problem: string;
  field: string;
  branch_id: string;
  profile_label: string;
  count: number;
  first_seen_at: string;
  last_seen_at: string;
}

export interface Database {
  referrals: ReferralsTable;
  events: EventsTable;
  changes: ChangesTable;
  tokens: TokensTable;
  roster: RosterTable;
  audit_log: AuditTable;
  config_versions: ConfigVersionsTable;
  fleet_devices: FleetDevicesTable;
  fleet_problems: FleetProblemsTable;
}

export type DialectName = 'sqlite' | 'postgres';

/** The database handle every repository takes. */
export interface Db {
  kysely: Kysely<Database>;
  /**
   * For reads that may be long (pull, the referral log, exports, stats). On a SQLite file served
   * by the server: a read-only connection in a worker thread (db/read-worker.ts), so a long read
   * never holds the event loop; it sees what has been committed. Otherwise `kysely` itself.
   */
  reader: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}
