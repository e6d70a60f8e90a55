/** Row shapes of the extension's IndexedDB (see database.ts). */
import type { ServerReferral } from '../contracts/server-referral';
import type { Referral, ReferralEvent } from '../contracts/referral';

/**
 * A referral as kept on the device: exactly what the server accepts/returns (`undoneAt` set when
 * the referrer withdrew it), plus when the server acknowledged it (absent = waiting to sync).
 */
export type StoredReferral = ServerReferral & { sentAt?: string };

/** An event is stored exactly as `referralEventSchema` defines it. */
export type StoredEvent = ReferralEvent;

interface OutboxRowBase {
  /** The referral's or event's own id: the server names refused items by it. */
  id: string;
  /** Insertion order: the drainer sends oldest first, so a referral goes before its events. */
  order: number;
  /** Epoch ms before which the row is held back (the 10-second undo window of a new handoff). */
  notBefore: number;
  /** Epoch ms when the drainer was first given this row: from then on it may be on the server. */
  handedOutAt?: number;
  /** The server refused it permanently: kept for a person to see, no longer sent. */
  parked?: { error: string; status: number; at: number };
}

/** One item waiting to be pushed; `payload` is the exact object the server will receive. */
export type OutboxRow =
  | (OutboxRowBase & { kind: 'referral'; payload: Referral })
  | (OutboxRowBase & { kind: 'event'; payload: ReferralEvent });

export const AUDIT_ACTIONS = [
  'handoff.created',
  'handoff.removed', // undone before it was sent: nothing left on the device
  'handoff.withdrawn', // undone after it may have reached the server: an `undone` event follows it
  'handoff.replaced', // the teller chose a new handoff for the same visit: the old one was taken back
  'referral.updated_by_server',
  'note.saved',
  'note.deleted',
  'outbox.parked',
  'retention.purged', // personal data past the retention period removed from the device
  'log.exported', // the supervisor's offline export of the device's own log
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what, when, to which record (ids only): never names, numbers, notes or amounts. */
export interface AuditRow {
  id: number;
  at: string;
  /** Staff id of the person at this device; "server" for changes that came from the server. */
  actor: string;
  action: AuditAction;
  entityId?: string;
  /** Enumerated facts only (handoff kind, from/to status…), never free text. */
  detail?: Record<string, string | number | boolean>;
}

/** Small settings-like values (sync cursor, sync state). */
export interface KvRow {
  key: string;
  value: unknown;
}
