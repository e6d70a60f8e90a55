/**
 * Handoff storage benchmark — runs in NODE on fake-indexeddb, not in Chromium's IndexedDB, so its
 * numbers show the library code's cost and regressions, not what a teller's browser will see
 * (the real-Chromium measurement is separate). Run: `npx tsx bench/handoffs-db.ts`.
 * Prints one JSON line:
 *  - write: 1,000 "hand the card" referrals (referral + 2 events + 3 outbox rows + audit row each)
 *    saved with saveHandoffs in ONE transaction (target ≤ 100 ms in the browser, BENCHMARKS.md);
 *  - list: first page (50) of "My referrals" out of 10,000 stored referrals (median of 7 runs).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { SidekickDB } from '../lib/db';
import { createReferral, listMyReferrals, saveHandoffs, type HandoffRecord } from '../lib/handoffs';

const T0 = Date.parse('2025-03-03T02:00:00.000Z');

function handoffs(count: number, offset: number, staffId: string): HandoffRecord[] {
  return Array.from({ length: count }, (_, i) =>
    createReferral(
      {
        handoff: 'card_handed',
        managerStaffId: 'CM01',
        consent: false,
        followUp: { channel: 'phone' },
        tellerNote: '客户对理财有兴趣',
      },
      {
        branchId: '0101',
        staffId,
        role: 'cash_teller',
        detection: {
          tier: 'B',
          signals: [
            { kind: 'time_deposit', band: { min: 500_000, max: 2_000_000 } },
            { kind: 'forex' },
          ],
          clientRef: (i + offset).toString(16).padStart(64, '0'),
          cardLast4: '7890',
          profileVersion: 'bench@1',
        },
        now: new Date(T0 + (offset + i) * 1000),
      },
    ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => Math.round(x * 100) / 100;

async function benchWrite(): Promise<{ writeMs: number; rows: number }> {
  const db = new SidekickDB(`bench-write-${process.pid}`);
  await db.open();
  const batch = handoffs(1_000, 0, 'T001');
  const start = performance.now();
  await saveHandoffs(db, batch);
  const writeMs = performance.now() - start;
  const rows =
    (await db.referrals.count()) +
    (await db.events.count()) +
    (await db.outbox.count()) +
    (await db.audit.count());
  db.close();
  await Dexie.delete(db.name);
  return { writeMs, rows };
}

async function benchList(): Promise<{ stored: number; pageMs: number; pageSize: number }> {
  const db = new SidekickDB(`bench-list-${process.pid}`);
  await db.open();
  for (let offset = 0; offset < 10_000; offset += 1_000)
    await saveHandoffs(db, handoffs(1_000, offset, 'T001'));
  const stored = await db.referrals.count();
  const times: number[] = [];
  let pageSize = 0;
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    const page = await listMyReferrals(db, 'T001', { limit: 50 });
    times.push(performance.now() - start);
    pageSize = page.length;
  }
  db.close();
  await Dexie.delete(db.name);
  return { stored, pageMs: median(times), pageSize };
}

const write = await benchWrite();
const list = await benchList();
console.log(
  JSON.stringify({
    bench: 'handoffs-db',
    engine: 'fake-indexeddb in Node (NOT Chromium IndexedDB)',
    node: process.version,
    date: new Date().toISOString(),
    write1000HandoffsOneTransactionMs: ms(write.writeMs),
    rowsWritten: write.rows,
    listFirstPageOf10000Ms: ms(list.pageMs),
    listPageSize: list.pageSize,
    referralsStored: list.stored,
  }),
);
