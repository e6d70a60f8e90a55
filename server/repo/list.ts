/** `GET /v1/referrals`: newest first, role-scoped, keyset-paged. */
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { decodePageToken, encodePageToken, pageKeyStringSchema } from '../http/page-token';
import type { ListReferralsResponse } from '../../lib/contracts/referrals-api';
import type { ReferralStatus } from '../../lib/contracts/referral';
import { uuidSchema } from '../../lib/contracts/primitives';
import { z } from 'zod';
import { rowToServerReferral } from './referral-rows';
import { seesContact, visibleTo } from './visibility';

/** [created_at, id] of the last row of the previous page. */
const listTokenSchema = z.tuple([pageKeyStringSchema, uuidSchema]);

export interface ListOptions {
  status?: ReferralStatus;
  limit?: number;
  after?: string;
}

export async function listReferrals(
  db: Db,
  auth: AuthInfo,
  options: ListOptions,
): Promise<ListReferralsResponse> {
  const limit = options.limit ?? 100;
  let query = db.reader
    .selectFrom('referrals')
    .selectAll()
    .where(visibleTo<'referrals'>(auth))
    .where('undone_at', 'is', null);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.after) {
    const [createdAt, id] = decodePageToken(options.after, listTokenSchema);
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    referrals: page.map((r) => rowToServerReferral(r, seesContact(auth))),
    ...(rows.length > limit && last ? { next: encodePageToken([last.created_at, last.id]) } : {}),
  };
}
