/**
 * Writes handoff rows (bench/core/handoff-rows.ts) into the extension's own IndexedDB
 * (`teller-sidekick`, opened without a version: whatever the app created) from an extension page,
 * in ONE readwrite transaction over referrals, events, outbox and audit, in saveHandoffs' order:
 * referrals, events, read the last outbox `order`, outbox rows numbered after it, audit rows; each
 * group waits for its last request, as Dexie's awaited bulkAdds do. Timed in the page from
 * `db.transaction()` to `complete` (committed). Not included: opening the database, zod
 * validation and Dexie's own bookkeeping around the same requests.
 */
import type { Page } from 'playwright-core';
import type { HandoffRows } from './handoff-rows';

export async function writeHandoffRows(page: Page, rows: HandoffRows): Promise<number> {
  return page.evaluate(writeInPage, rows);
}

/** Serialised into the page: must not reference anything outside itself. */
async function writeInPage(rows: HandoffRows): Promise<number> {
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
  const db = await request(indexedDB.open('teller-sidekick'));
  try {
    const addAll = async (store: IDBObjectStore, values: unknown[]) => {
      let last: IDBRequest | undefined;
      for (const value of values) last = store.add(value);
      if (last) await request(last);
    };
    const t0 = performance.now();
    const tx = db.transaction(['referrals', 'events', 'outbox', 'audit'], 'readwrite');
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    await addAll(tx.objectStore('referrals'), rows.referrals);
    await addAll(tx.objectStore('events'), rows.events);
    const outbox = tx.objectStore('outbox');
    const last = await request(outbox.index('order').openCursor(null, 'prev'));
    let order = (last?.value as { order?: number } | undefined)?.order ?? 0;
    await addAll(
      outbox,
      rows.outbox.map((row) => ({ ...row, order: (order += 1) })),
    );
    await addAll(tx.objectStore('audit'), rows.audit);
    await committed;
    return performance.now() - t0;
  } finally {
    db.close();
  }
}
