/** Converting between a pushed Referral and its row, and from a row to what the API returns. */
import type { Insertable, Selectable } from 'kysely';
import { outcomeSchema, type Outcome, type Referral } from '../../lib/contracts/referral';
import type { ServerReferral } from '../../lib/contracts/server-referral';
import type { ReferralsTable } from '../db/types';
import { canonicalJson, sha256Hex } from '../util/canonical-json';
import { toUtcIso } from '../util/clock';
import { repairReferralText } from './legacy-fields';
import { logColumnsOf } from './log-columns';

export type ReferralRow = Insertable<ReferralsTable> & { content_hash: string };

/** The content hash covers every pushed field (contact included), so it outlives a contact purge. */
export function referralToRow(referral: Referral, receivedAt: string): ReferralRow {
  const { contact, ...doc } = referral;
  const docJson = canonicalJson(doc);
  const contactJson = contact ? canonicalJson(contact) : null;
  return {
    id: referral.id,
    branch_id: referral.branchId,
    referrer_staff_id: referral.referrerStaffId,
    second_credit_staff_id: referral.secondCreditStaffId ?? null,
    manager_staff_id: referral.managerStaffId,
    created_at: toUtcIso(referral.createdAt),
    status: referral.status,
    outcome_json: null,
    updated_at: referral.updatedAt,
    undone_at: null,
    doc: docJson,
    contact_json: contactJson,
    content_hash: sha256Hex(`${docJson}\n${contactJson ?? ''}`),
    received_at: receivedAt,
    ...logColumnsOf(referral),
    outcome_ms: null,
    stage_reached: 0,
    personal_purged_at: null,
  };
}

/** The columns a referral is rebuilt from. */
export const SERVER_REFERRAL_COLUMNS = [
  'doc',
  'status',
  'updated_at',
  'outcome_json',
  'undone_at',
  'contact_json',
] as const;

export function rowToServerReferral(
  row: Pick<Selectable<ReferralsTable>, (typeof SERVER_REFERRAL_COLUMNS)[number]>,
  includeContact: boolean,
): ServerReferral {
  const doc = JSON.parse(row.doc) as Referral;
  const outcome = row.outcome_json ? (JSON.parse(row.outcome_json) as Outcome) : undefined;
  const view: ServerReferral = {
    ...doc,
    status: row.status as Referral['status'],
    updatedAt: row.updated_at,
  };
  delete view.outcome;
  if (outcome) view.outcome = outcome;
  if (row.undone_at) view.undoneAt = row.undone_at;
  if (includeContact && row.contact_json)
    view.contact = JSON.parse(row.contact_json) as Referral['contact'];
  // Migration 0005 cleaned stored text; text that still breaks the (possibly stricter) rules is
  // masked here, so one such row never turns a whole pull, list or log page into a 500.
  const clean = repairReferralText(view);
  if (clean.outcome) clean.outcome = outcomeSchema.parse(clean.outcome);
  return clean;
}
