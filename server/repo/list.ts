/** `GET /v1/referrals`: newest first, role-scoped, keyset-paged. */
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { HttpError } from '../http/errors';
import type { ListReferralsResponse } from '../../lib/contracts/referrals-api';
import type { ReferralStatus } from '../../lib/referrals/schema';
import { rowToServerReferral } from './referral-rows';
import { seesContact, visibleTo } from './visibility';

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
    const [createdAt, id] = decodePageToken(options.after);
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
    ...(rows.length > limit && last
      ? { next: Buffer.from(JSON.stringify([last.created_at, last.id])).toString('base64url') }
      : {}),
  };
}

function decodePageToken(token: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new HttpError(400, 'invalid_request', {
    message: 'after: not a page token from this server',
  });
}
