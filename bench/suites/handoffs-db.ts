/**
 * Handoff storage (must feel instant), via bench/handoffs-db.ts in its own Node process. It runs on
 * fake-indexeddb, NOT Chromium's IndexedDB: the numbers show the library code's cost and catch
 * regressions; a teller's browser will differ.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { defineSuite } from '../core/suite';

interface HandoffsDbOutput {
  engine: string;
  write1000HandoffsOneTransactionMs: number;
  rowsWritten: number;
  listFirstPageOf10000Ms: number;
  listPageSize: number;
  referralsStored: number;
}

const SCRIPT = path.resolve(import.meta.dirname, '..', 'handoffs-db.ts');

export default defineSuite({
  name: 'handoffs-db',
  title: 'Handoff storage (fake-indexeddb in Node)',
  order: 50,
  async run() {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
    });
    const line = stdout.trim().split('\n').at(-1) ?? '';
    const out = JSON.parse(line) as HandoffsDbOutput;
    const label = 'fake-indexeddb in Node, not Chromium';
    return {
      metrics: [
        {
          name: 'write 1,000 handoffs in one transaction',
          value: out.write1000HandoffsOneTransactionMs,
          unit: 'ms',
          target: { max: 100 },
          note: `${out.rowsWritten.toLocaleString('en-US')} rows (referral, events, outbox, audit); ${label}`,
        },
        {
          name: `first page (${out.listPageSize}) of ${out.referralsStored.toLocaleString('en-US')} referrals`,
          value: out.listFirstPageOf10000Ms,
          unit: 'ms',
          note: `median of 7; ${label}`,
        },
      ],
      details: { ...out },
    };
  },
});
