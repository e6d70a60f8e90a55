/**
 * Content-script bundle (loaded into every terminal frame): the size of what it loads, minified as
 * shipped and gzipped, what is in it, and a check that the bench-only probe stayed out of the
 * production build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineSuite } from '../core/suite';

const CONTENT_JS = 'content-scripts/content.js';
const BENCH_MARKER = 'sidekick-bench:';
const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface ModuleShare {
  module: string;
  bytes: number;
  /** Percentage of the bundle's rendered bytes. */
  share: number;
}

function modules(sizes: Record<string, number>): ModuleShare[] {
  const total = Object.values(sizes).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(sizes)
    .map(([id, bytes]) => ({
      module: path.relative(ROOT, id.replace(/^\0/, '')).replace(/^node_modules\//, ''),
      bytes,
      share: Math.round((bytes / total) * 1000) / 10,
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Package (node_modules) or project folder a module belongs to: "lib/profile", "dexie". */
function groupOf(module: string): string {
  const parts = module.split('/');
  if (['lib', 'entrypoints', 'components', 'bench'].includes(parts[0] ?? ''))
    return parts.slice(0, 2).join('/');
  return parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? module);
}

function groups(mods: ModuleShare[]): ModuleShare[] {
  const sums = new Map<string, ModuleShare>();
  for (const m of mods) {
    const g = groupOf(m.module);
    const sum = sums.get(g) ?? { module: g, bytes: 0, share: 0 };
    sums.set(g, {
      module: g,
      bytes: sum.bytes + m.bytes,
      share: Math.round((sum.share + m.share) * 10) / 10,
    });
  }
  return [...sums.values()].sort((a, b) => b.bytes - a.bytes);
}

export default defineSuite({
  name: 'bundle',
  title: 'Content-script bundle',
  order: 10,
  async run(ctx) {
    const prod = await ctx.extension('production');
    const bench = await ctx.extension('bench');
    const code = await readFile(path.join(prod.dir, CONTENT_JS));
    const benchCode = await readFile(path.join(bench.dir, CONTENT_JS));
    const gzip = gzipSync(code, { level: 9 }).length;
    const probeInProduction = code.includes(BENCH_MARKER);
    const mods = modules(prod.moduleSizes[CONTENT_JS] ?? {});
    const byGroup = groups(mods);
    const topLine = byGroup
      .slice(0, 5)
      .map((g) => `${g.module} ${g.share} %`)
      .join(', ');
    return {
      metrics: [
        {
          name: 'content script, minified',
          value: code.length / 1000,
          unit: 'KB',
          display: `${(code.length / 1000).toFixed(1)} KB (${code.length.toLocaleString('en-US')} B)`,
          target: { max: 40 },
          note: `share before minification: ${topLine}`,
        },
        {
          name: 'content script, gzip -9',
          value: gzip / 1000,
          unit: 'KB',
          display: `${(gzip / 1000).toFixed(1)} KB`,
        },
        {
          name: 'bench probe in production bundle',
          value: probeInProduction ? 1 : 0,
          unit: '',
          display: probeInProduction ? 'PRESENT' : 'absent',
          target: { max: 0 },
          note: `bench build is ${(benchCode.length - code.length).toLocaleString('en-US')} B larger`,
        },
      ],
      details: {
        productionBytes: code.length,
        gzipBytes: gzip,
        benchBuildBytes: benchCode.length,
        preMinifyByGroup: byGroup,
        preMinifyTopModules: mods.slice(0, 15),
        buildMs: { production: Math.round(prod.buildMs), bench: Math.round(bench.buildMs) },
      },
    };
  },
});
