/**
 * Supervisor's export (target ≤ 2 s), by running bench/server-export.ts in its own Node process: it
 * seeds 100,000 referrals, starts the real server and downloads the streamed CSV export twice
 * (cold, then warm), on SQLite and on PostgreSQL when one answers. This suite only runs it and
 * turns its JSON line into table rows; the method is described in that script.
 */
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { fmt } from '../core/stats';
import { defineSuite, type Metric } from '../core/suite';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'bench', 'server-export.ts');

const run = z.object({
  firstByteMs: z.number(),
  exportMs: z.number(),
  rowsPerSecond: z.number(),
  bytes: z.number(),
  rss: z.object({ beforeMb: z.number(), peakMb: z.number(), growthMb: z.number() }),
  heapPeakMb: z.number(),
});
const measured = z.object({
  database: z.string(),
  rows: z.number(),
  seedMs: z.number(),
  cold: run,
  warm: run,
  targetMs: z.number(),
});
const skipped = z.object({ database: z.string(), skipped: z.string() });
const output = z.object({ results: z.array(z.union([measured, skipped])) });

const label = (database: string) => (database === 'sqlite' ? 'SQLite' : 'PostgreSQL');

function metrics(r: z.infer<typeof measured>): Metric[] {
  const db = label(r.database);
  const rows = r.rows.toLocaleString('en-US');
  return [
    {
      name: `${db}: export ${rows} referrals (CSV, streamed over HTTP)`,
      value: r.warm.exportMs,
      unit: 'ms',
      display: `${fmt(r.warm.exportMs)} ms (cold ${fmt(r.cold.exportMs)} ms)`,
      target: { max: r.targetMs },
      note: `first byte ${fmt(r.warm.firstByteMs)} ms; ${fmt(r.warm.rowsPerSecond)} rows/s; ${fmt(r.warm.bytes / 1e6)} MB`,
    },
    {
      name: `${db}: memory growth while exporting`,
      value: r.warm.rss.growthMb,
      unit: 'MiB',
      display: `RSS +${fmt(r.warm.rss.growthMb)} MiB (peak ${fmt(r.warm.rss.peakMb)}), heap peak ${fmt(r.warm.heapPeakMb)} MiB`,
      note: `server and download client share one process; cold run +${fmt(r.cold.rss.growthMb)} MiB`,
    },
  ];
}

export default defineSuite({
  name: 'server-export',
  title: 'Supervisor export of 100,000 referrals',
  order: 70,
  async run() {
    await access(SCRIPT).catch(() => {
      throw new Error('bench/server-export.ts is missing');
    });
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const parsed = output.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
    return {
      metrics: parsed.results.flatMap((r): Metric[] =>
        'skipped' in r
          ? [
              {
                name: label(r.database),
                value: NaN,
                unit: '',
                display: 'not measured',
                note: r.skipped,
              },
            ]
          : metrics(r),
      ),
      details: { ...parsed },
    };
  },
});
