/**
 * Who the tokens named in audit entries belong to: `token:<id>` actors and the `tokenId` of
 * `token.*` details, joined with the tokens table (staff ID, role, label) and the branch roster
 * (name). Revoked tokens still name their holder; a token id the server no longer knows names no one.
 */
import type { AuditPerson } from '../../lib/contracts/audit-api';
import { TOKEN_ROLES } from '../../lib/contracts/auth';
import { staffIdSchema } from '../../lib/contracts/primitives';
import type { Db } from '../db/types';

const TOKEN_ACTOR = /^token:([0-9a-f]{1,64})$/;

/** The token id in an actor such as `token:800fa9e2607c`. */
export function actorTokenId(actor: string): string | undefined {
  return TOKEN_ACTOR.exec(actor)?.[1];
}

/** The token a `token.create` / `token.revoke` entry is about. */
export function subjectTokenId(
  action: string,
  details: Record<string, unknown>,
): string | undefined {
  const id = details.tokenId;
  return action.startsWith('token.') && typeof id === 'string' ? id : undefined;
}

export async function auditPeople(
  db: Db,
  branchId: string,
  tokenIds: readonly string[],
): Promise<Map<string, AuditPerson>> {
  const people = new Map<string, AuditPerson>();
  const ids = [...new Set(tokenIds)];
  if (ids.length === 0) return people;
  const tokens = await db.reader
    .selectFrom('tokens')
    .select(['id', 'role', 'staff_id', 'label'])
    .where('id', 'in', ids)
    .execute();
  const staffIds = [...new Set(tokens.map((t) => t.staff_id))];
  const roster = staffIds.length
    ? await db.reader
        .selectFrom('roster')
        .select(['staff_id', 'name'])
        .where('branch_id', '=', branchId)
        .where('staff_id', 'in', staffIds)
        .execute()
    : [];
  const names = new Map(roster.map((r) => [r.staff_id, r.name]));
  for (const t of tokens) {
    const role = TOKEN_ROLES.find((r) => r === t.role);
    if (!role || !staffIdSchema.safeParse(t.staff_id).success) continue;
    const name = names.get(t.staff_id);
    people.set(t.id, {
      staffId: t.staff_id,
      role,
      ...(t.label ? { label: t.label } : {}),
      ...(name ? { name } : {}),
    });
  }
  return people;
}
