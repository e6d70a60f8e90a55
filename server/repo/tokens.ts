/** Bearer tokens: only their SHA-256 is stored; the token itself is shown once, at creation. */
import { randomBytes } from 'node:crypto';
import type { TokenRole } from '../../lib/contracts/auth';
import { TOKEN_ROLES } from '../../lib/contracts/auth';
import type { Db } from '../db/types';
import type { AuthInfo } from '../http/env';
import { sha256Hex } from '../util/canonical-json';
import { appendAudit } from './audit';

export interface NewToken {
  role: TokenRole;
  branchId: string;
  staffId: string;
  label?: string;
}

export interface TokenListing extends NewToken {
  id: string;
  createdAt: string;
  revokedAt?: string;
}

export async function createToken(
  db: Db,
  spec: NewToken,
  now: Date,
  actor = 'cli',
): Promise<{ id: string; token: string }> {
  const id = randomBytes(6).toString('hex');
  const token = `sk_${randomBytes(32).toString('base64url')}`;
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('tokens')
      .values({
        id,
        token_hash: sha256Hex(token),
        role: spec.role,
        branch_id: spec.branchId,
        staff_id: spec.staffId,
        label: spec.label ?? null,
        created_at: now.toISOString(),
        revoked_at: null,
      })
      .execute();
    await appendAudit(trx, {
      at: now.toISOString(),
      actor,
      branchId: spec.branchId,
      action: 'token.create',
      details: { tokenId: id, role: spec.role, staffId: spec.staffId },
    });
  });
  return { id, token };
}

export async function findToken(
  db: Db,
  token: string,
): Promise<{ auth: AuthInfo; revoked: boolean } | undefined> {
  const row = await db.kysely
    .selectFrom('tokens')
    .selectAll()
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const role = TOKEN_ROLES.find((r) => r === row.role);
  if (!role) return undefined;
  return {
    auth: {
      tokenId: row.id,
      role,
      branchId: row.branch_id,
      staffId: row.staff_id,
      ...(row.label ? { label: row.label } : {}),
    },
    revoked: row.revoked_at !== null,
  };
}

/** Returns false when no such token exists; revoking twice is harmless. */
export async function revokeToken(db: Db, id: string, now: Date, actor = 'cli'): Promise<boolean> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('tokens')
      .select(['id', 'branch_id', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return false;
    if (row.revoked_at === null) {
      await trx
        .updateTable('tokens')
        .set({ revoked_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
      await appendAudit(trx, {
        at: now.toISOString(),
        actor,
        branchId: row.branch_id,
        action: 'token.revoke',
        details: { tokenId: id },
      });
    }
    return true;
  });
}

export async function listTokens(db: Db): Promise<TokenListing[]> {
  const rows = await db.kysely
    .selectFrom('tokens')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role as TokenRole,
    branchId: r.branch_id,
    staffId: r.staff_id,
    ...(r.label ? { label: r.label } : {}),
    createdAt: r.created_at,
    ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
  }));
}
