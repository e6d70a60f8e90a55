/**
 * The Dexie outbox behind the sync drainer (lib/sync `OutboxStore`). Rows are written in the same
 * transaction as the referral they carry (see enqueueOutbox) and deleted only when the server has
 * acknowledged them. Rows may be held back (`notBefore`) — a new handoff waits out its 10-second
 * undo window — and every row the drainer was given is marked, so an undo knows it may be on the
 * server already.
 */
import type { Referral, ReferralEvent } from '../contracts/referral';
import type { OutboxEntry, OutboxStore, ParkedItem, SyncState } from '../sync/outbox';
import { addAudit } from './audit';
import type { SidekickDB } from './database';
import { getKv, setKv } from './kv';
import type { OutboxRow } from './rows';

/** What to queue, and the epoch ms before which it must not be sent. */
export type OutboxItem = (
  { kind: 'referral'; payload: Referral } | { kind: 'event'; payload: ReferralEvent }
) & { notBefore: number };

/** Queues items in the given order (a referral before its events). Call inside a transaction that includes db.outbox. */
export async function enqueueOutbox(db: SidekickDB, items: readonly OutboxItem[]): Promise<void> {
  const last = await db.outbox.orderBy('order').last();
  let order = last?.order ?? 0;
  const rows: OutboxRow[] = items.map((item) => {
    order += 1;
    const base = { id: item.payload.id, order, notBefore: item.notBefore };
    return item.kind === 'referral'
      ? { ...base, kind: 'referral', payload: item.payload }
      : { ...base, kind: 'event', payload: item.payload };
  });
  await db.outbox.bulkAdd(rows);
}

function toEntry(row: OutboxRow): OutboxEntry {
  return row.kind === 'referral'
    ? { id: row.id, kind: 'referral', payload: row.payload }
    : { id: row.id, kind: 'event', payload: row.payload };
}

const isWaiting = (row: OutboxRow) => row.parked === undefined;

export class DexieOutboxStore implements OutboxStore {
  constructor(
    private readonly db: SidekickDB,
    private readonly clock: { now(): number } = { now: () => Date.now() },
  ) {}

  /** Due, unparked rows, oldest first; marks them as handed out (they may reach the server from now on). */
  async pending(limit: number): Promise<OutboxEntry[]> {
    const { db } = this;
    return db.transaction('rw', db.outbox, async () => {
      const now = this.clock.now();
      const rows = await db.outbox
        .orderBy('order')
        .filter((row) => isWaiting(row) && row.notBefore <= now)
        .limit(limit)
        .toArray();
      const fresh = rows.filter((row) => row.handedOutAt === undefined);
      if (fresh.length > 0)
        await db.outbox.bulkPut(fresh.map((row) => ({ ...row, handedOutAt: now })));
      return rows.map(toEntry);
    });
  }

  /** The server holds these: remove them and stamp their referrals `sentAt`. */
  async acknowledge(ids: string[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.outbox, db.referrals, async () => {
      const sentAt = new Date(this.clock.now()).toISOString();
      const rows = await db.outbox.bulkGet(ids);
      const referralIds = rows.flatMap((row) => (row?.kind === 'referral' ? [row.id] : []));
      await db.outbox.bulkDelete(ids);
      await Promise.all(referralIds.map((id) => db.referrals.update(id, { sentAt })));
    });
  }

  /** The server refused these for good: keep them (with the reason), stop sending them. */
  async park(items: ParkedItem[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.outbox, db.audit, async () => {
      const now = this.clock.now();
      for (const item of items) {
        const row = await db.outbox.get(item.id);
        if (!row) continue;
        await db.outbox.put({
          ...row,
          parked: { error: item.error, status: item.status, at: now },
        });
        await addAudit(db, {
          at: new Date(now),
          actor: 'server',
          action: 'outbox.parked',
          entityId: item.id,
          detail: { status: item.status },
        });
      }
    });
  }

  async loadState(): Promise<SyncState> {
    return (await getKv(this.db, 'sync.state')) ?? { failures: 0 };
  }

  async saveState(state: SyncState): Promise<void> {
    await setKv(this.db, 'sync.state', state);
  }

  /** Items still to send (held back or due), for the panel's "pending" count. */
  async count(): Promise<number> {
    return this.db.outbox.filter(isWaiting).count();
  }

  /** Items the server refused, with its reason, for the panel to show. */
  async parkedItems(): Promise<OutboxRow[]> {
    return this.db.outbox.filter((row) => !isWaiting(row)).toArray();
  }

  /** Earliest time a held-back row becomes due (to schedule an alarm), or undefined. */
  async nextDueAt(): Promise<number | undefined> {
    const now = this.clock.now();
    let next: number | undefined;
    await this.db.outbox.each((row) => {
      if (isWaiting(row) && row.notBefore > now && (next === undefined || row.notBefore < next))
        next = row.notBefore;
    });
    return next;
  }
}
