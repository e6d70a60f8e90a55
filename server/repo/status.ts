/**
 * A client manager (or the branch supervisor) moves a referral along its pipeline. Each change
 * writes a `status_changed` event and a row in the changes feed, in one transaction, so the
 * referring teller's device hears about the outcome on its next pull.
 */
import { randomUUID } from 'node:crypto';
import {
  STATUS_TRANSITIONS,
  type StatusUpdateRequest,
  type StatusUpdateResponse,
} from '../../lib/contracts/referrals-api';
import type { ReferralStatus } from '../../lib/contracts/referral';
import { REFERRAL_STATUSES } from '../../lib/contracts/referral';
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { HttpError, notFound } from '../http/errors';
import { canonicalJson, contentHash } from '../util/canonical-json';
import { appendChanges } from './changes';
import { progressColumns } from './log-columns';
import { rowToServerReferral } from './referral-rows';
import { inTransaction } from './transaction';
import { seesContact, visibleTo } from './visibility';

export async function updateStatus(
  db: Db,
  auth: AuthInfo,
  id: string,
  body: StatusUpdateRequest,
  now: Date,
): Promise<StatusUpdateResponse> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', id)
      .where(visibleTo<'referrals'>(auth))
      .executeTakeFirst();
    if (!row) throw notFound('no such referral for you');
    if (row.undone_at)
      throw new HttpError(409, 'referral_withdrawn', {
        message: 'the referring teller withdrew this referral',
      });

    const from = REFERRAL_STATUSES.find((s) => s === row.status) ?? 'new';
    const outcomeJson = body.outcome ? canonicalJson(body.outcome) : null;
    if (from === body.status && row.outcome_json === outcomeJson) {
      return { referral: rowToServerReferral(row, seesContact(auth)), changed: false };
    }
    const allowed: readonly ReferralStatus[] = STATUS_TRANSITIONS[from];
    if (!allowed.includes(body.status)) {
      throw new HttpError(409, 'invalid_transition', {
        from,
        to: body.status,
        allowed,
        message: `cannot go from ${from} to ${body.status}`,
      });
    }

    const at = now.toISOString();
    const progress = progressColumns(row, body.status, now.getTime());
    const updated = await trx
      .updateTable('referrals')
      .set({ status: body.status, outcome_json: outcomeJson, updated_at: at, ...progress })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new HttpError(409, 'concurrent_update', {
        message: 'the referral changed meanwhile; reload and try again',
      });
    }
    const last = await trx
      .selectFrom('events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('referral_id', '=', id)
      .executeTakeFirst();
    const data = { from, to: body.status, ...(body.outcome ? { outcome: body.outcome } : {}) };
    const eventId = randomUUID();
    await trx
      .insertInto('events')
      .values({
        id: eventId,
        referral_id: id,
        seq: Number(last?.seq ?? 0) + 1,
        type: 'status_changed',
        actor_staff_id: auth.staffId,
        at,
        data_json: canonicalJson(data),
        origin: 'server',
        content_hash: contentHash({ id: eventId, data }),
        received_at: at,
      })
      .execute();
    await appendChanges(trx, [row], 'status', at);
    const fresh = {
      ...row,
      ...progress,
      status: body.status,
      outcome_json: outcomeJson,
      updated_at: at,
    };
    return { referral: rowToServerReferral(fresh, seesContact(auth)), changed: true };
  });
}
