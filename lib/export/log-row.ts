/**
 * A referral as one row of the tracking form. The server builds its log and export from stored
 * referrals with this; the extension builds its offline export from its local log with it too.
 */
import type { ServerReferral } from '../contracts/server-referral';
import type { ReferralLogRow } from '../contracts/referral-log';

const DAY = 86_400_000;

/** The keyed client reference, cut to 8 hex characters: enough to tell rows apart, not to link. */
export function maskClientRef(clientRef: string): string {
  return clientRef.slice(0, 8);
}

/** Whole days from `fromIso` to `toIso` (0 if the second is earlier, e.g. a device clock ahead). */
export function wholeDaysBetween(fromIso: string, toIso: string): number {
  return Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / DAY));
}

export interface LogRowExtras {
  managerName?: string;
  /** When the referral was won or lost; defaults to its last update for won/lost referrals. */
  outcomeAt?: string;
  /** Put the client's contact details in the row (only ever for consenting clients). */
  includeContact?: boolean;
}

export function toReferralLogRow(r: ServerReferral, extras: LogRowExtras = {}): ReferralLogRow {
  const closed = r.status === 'won' || r.status === 'lost';
  const outcomeAt = closed ? (extras.outcomeAt ?? r.updatedAt) : undefined;
  const row: ReferralLogRow = {
    id: r.id,
    createdAt: r.createdAt,
    referrerStaffId: r.referrerStaffId,
    referrerRole: r.referrerRole,
    tier: r.tier,
    signals: r.signals,
    summary: r.summary,
    managerStaffId: r.managerStaffId,
    handoff: r.handoff,
    consent: r.consent,
    status: r.status,
    updatedAt: r.updatedAt,
  };
  if (r.clientRef) row.clientRef = maskClientRef(r.clientRef);
  if (r.secondCreditStaffId) row.secondCreditStaffId = r.secondCreditStaffId;
  if (extras.managerName) row.managerName = extras.managerName;
  if (r.followUp) row.followUp = r.followUp;
  if (r.declineReason) row.declineReason = r.declineReason;
  if (r.tellerNote) row.tellerNote = r.tellerNote;
  if (r.outcome) row.outcome = r.outcome;
  if (outcomeAt) {
    row.outcomeAt = outcomeAt;
    row.daysToOutcome = wholeDaysBetween(r.createdAt, outcomeAt);
  }
  if (extras.includeContact && r.consent && r.contact) row.contact = r.contact;
  return row;
}
