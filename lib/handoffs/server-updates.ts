/**
 * Outcomes the sync service pulls back (`GET /v1/sync/pull`): the client manager moved a
 * referral along (contacted → met → won/lost) or the server confirmed a withdrawal. The server is
 * the authority on status and outcome; the device keeps its own `sentAt` and a withdrawal the
 * server has not heard of yet.
 */
import { addAudit } from '../db/audit';
import type { SidekickDB } from '../db/database';
import { RecordValidationError } from '../db/errors';
import { setKv } from '../db/kv';
import type { StoredReferral } from '../db/rows';
import { serverReferralSchema } from '../contracts/server-referral';
import type { ReferralStatus } from '../contracts/referral';

/** How far along the pipeline a status is; a later stage always wins, whatever the clocks say. */
const STAGE: Record<ReferralStatus, number> = {
  new: 0,
  declined: 0,
  contacted: 1,
  met: 2,
  won: 3,
  lost: 3,
};

export interface ServerUpdateResult {
  /** The local row changed. */
  changed: boolean;
  /** Set when the status changed: the referrer's panel shows a small notice. `from` null = first seen. */
  statusChange?: { referralId: string; from: ReferralStatus | null; to: ReferralStatus };
}

/** JSON with sorted keys, so two copies of a record compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function isNewer(server: StoredReferral, local: StoredReferral): boolean {
  return (
    Date.parse(server.updatedAt) >= Date.parse(local.updatedAt) ||
    STAGE[server.status] > STAGE[local.status]
  );
}

/** Applies one referral as the server now holds it. Invalid input throws; nothing is written. */
export async function applyServerUpdate(
  db: SidekickDB,
  incoming: unknown,
  now: Date = new Date(),
): Promise<ServerUpdateResult> {
  const parsed = serverReferralSchema.safeParse(incoming);
  if (!parsed.success) throw RecordValidationError.fromZod('server referral', parsed.error);
  const server: StoredReferral = parsed.data;
  return db.transaction('rw', db.referrals, db.audit, async (): Promise<ServerUpdateResult> => {
    const local = await db.referrals.get(server.id);
    if (local && !isNewer(server, local)) return { changed: false };
    const undoneAt = server.undoneAt ?? local?.undoneAt;
    const next: StoredReferral = {
      ...server,
      sentAt: local?.sentAt ?? now.toISOString(),
      ...(undoneAt ? { undoneAt } : {}),
    };
    if (local && canonical(next) === canonical(local)) return { changed: false };
    await db.referrals.put(next);
    if (local?.status === next.status) return { changed: true };
    const statusChange = { referralId: next.id, from: local?.status ?? null, to: next.status };
    await addAudit(db, {
      at: now,
      actor: 'server',
      action: 'referral.updated_by_server',
      entityId: next.id,
      detail: { from: statusChange.from ?? 'none', to: next.status },
    });
    return { changed: true, statusChange };
  });
}

/**
 * Applies one pull page and stores its cursor in the same transaction, so a crash never moves
 * the cursor past changes that were not applied (plug into lib/sync `pullChanges({ apply })`).
 */
export async function applyPullPage(
  db: SidekickDB,
  page: { changes: readonly unknown[]; cursor: string },
  now: Date = new Date(),
): Promise<ServerUpdateResult[]> {
  return db.transaction('rw', [db.referrals, db.audit, db.kv], async () => {
    const results: ServerUpdateResult[] = [];
    for (const change of page.changes) results.push(await applyServerUpdate(db, change, now));
    await setKv(db, 'sync.cursor', page.cursor);
    return results;
  });
}
