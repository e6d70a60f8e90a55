// @vitest-environment node
/**
 * The export streams from the database: exporting 20,000 referrals must not hold them all in
 * the server's heap. Measured in-process after forced garbage collections while the download is
 * read chunk by chunk: the growth must stay below the file's size and must not climb while the
 * file goes out. No timing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral } from '../../lib/contracts/referral';
import { clientRefFor, makeReferral } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { seedReferrals } from './helpers/log-seed';
import { DB_TARGETS } from './helpers/targets';

const ROWS = 20_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** JS heap plus ArrayBuffers (encoded chunks live there), after full collections. */
function heapAfterGc(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function manyReferrals(): Referral[] {
  const start = Date.parse('2026-06-01T01:00:00Z');
  return Array.from({ length: ROWS }, (_, i) =>
    makeReferral({
      createdAt: new Date(start + i * 600_000).toISOString(),
      referrerStaffId: i % 2 ? 'T001' : 'T002',
      clientRef: clientRefFor(`card-${i}`),
      summary: `第${i % 1000}号：大额定期到期，客户咨询理财和基金定投，"约下周再谈"，联系经理李经理 · maturing time deposit, asked about funds`,
    }),
  );
}

describe.each(DB_TARGETS)('export memory on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
    await seedReferrals(h.database.db, manyReferrals());
  }, 180_000);
  afterAll(async () => h.close());

  const download = (query = '') =>
    Promise.resolve(
      h.app.request(`/v1/referral-log/export?format=csv${query}`, {
        headers: { authorization: `Bearer ${h.tokens.supervisor}` },
      }),
    );

  it(
    `exports ${ROWS} referrals with a heap that does not grow with them`,
    { timeout: 180_000 },
    async () => {
      // A small export first warms up what is loaded once (code, statement and zone caches).
      await (await download('&to=2026-06-03')).arrayBuffer();
      const baseline = heapAfterGc();
      const samples: number[] = [];
      const res = await download();
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      let bytes = 0;
      let lines = 0;
      let chunks = 0;
      let peakGrowth = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        for (const byte of value) if (byte === 0x0a) lines++;
        chunks++;
        samples.push(heapAfterGc() - baseline);
        peakGrowth = Math.max(peakGrowth, samples.at(-1) ?? 0);
      }
      console.info(
        `[${target.name}] export of ${ROWS} rows: ${(bytes / 1048576).toFixed(1)} MiB in ${chunks} chunks, retained heap growth ${samples.map((b) => (b / 1048576).toFixed(1)).join(', ')} MiB`,
      );
      expect(lines).toBe(ROWS + 1);
      expect(samples.length).toBeGreaterThan(2);
      expect(bytes).toBeGreaterThan(6 * 1024 * 1024);
      // Building the whole file first would hold at least the file itself at the first sample…
      expect(peakGrowth).toBeLessThan(bytes);
      // …and keeping rows or chunks as they go would grow the heap from the start to the end.
      expect((samples.at(-2) ?? 0) - (samples[1] ?? 0)).toBeLessThan(bytes / 4);
    },
  );
});
