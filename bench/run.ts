/**
 * `npm run bench [-- <suite> …] [--list] [--no-doc]`
 * Runs the benchmark suites (every file in bench/suites/, or the ones named), prints a markdown
 * table, writes bench/results/latest.json and refreshes the table in BENCHMARKS.md.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer, type DemoServer } from '../demo/serve.ts';
import { extensionBuilds } from './core/extension-builds';
import { describeMachine } from './core/machine';
import {
  markdownTable,
  readResults,
  RESULTS_PATH,
  updateBenchmarksDoc,
  writeResults,
} from './core/report';
import type { Suite, SuiteContext } from './core/suite';

const SUITES_DIR = path.join(import.meta.dirname, 'suites');

async function loadSuites(): Promise<Suite[]> {
  const files = (await readdir(SUITES_DIR)).filter((f) => /\.ts$/.test(f));
  const suites = await Promise.all(
    files.map(async (f) => {
      const mod = (await import(pathToFileURL(path.join(SUITES_DIR, f)).href)) as {
        default?: Suite;
      };
      if (!mod.default?.name) throw new Error(`bench/suites/${f} has no default-exported suite`);
      return mod.default;
    }),
  );
  return suites.sort((a, b) => a.order - b.order);
}

function selectSuites(all: Suite[], names: string[]): Suite[] {
  if (names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(
      `unknown suite(s): ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  return all.filter((s) => names.includes(s.name));
}

const args = process.argv.slice(2);
const all = await loadSuites();
if (args.includes('--list')) {
  for (const s of all) console.log(`${s.name.padEnd(14)} ${s.title}`);
  process.exit(0);
}
const chosen = selectSuites(
  all,
  args.filter((a) => !a.startsWith('--')),
);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
let demo: Promise<DemoServer> | undefined;
const ctx: SuiteContext = {
  extension: extensionBuilds(log),
  demo: () => (demo ??= startDemoServer({ port: 0 })),
  log,
};

const machine = await describeMachine();
const runStarted = new Date().toISOString();
const results = await readResults();
let failed = false;
try {
  for (const suite of chosen) {
    log(`${suite.name}: ${suite.title}`);
    const started = performance.now();
    const date = new Date().toISOString();
    try {
      const result = await suite.run(ctx);
      const durationS = (performance.now() - started) / 1000;
      results[suite.name] = {
        ...result,
        title: suite.title,
        order: suite.order,
        date,
        runStarted,
        machine,
        durationS,
      };
      log(`${suite.name}: done in ${durationS.toFixed(1)} s`);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${suite.name} FAILED: ${message}`);
      results[suite.name] = {
        metrics: [],
        title: suite.title,
        order: suite.order,
        date,
        runStarted,
        machine,
        durationS: (performance.now() - started) / 1000,
        error: message,
      };
    }
  }
} finally {
  if (demo) await (await demo).close();
}

await writeResults(results);
const table = markdownTable(results);
console.log(table);
log(`results: ${path.relative(process.cwd(), RESULTS_PATH)}`);
if (!args.includes('--no-doc') && (await updateBenchmarksDoc(table)))
  log('table updated in BENCHMARKS.md');
process.exitCode = failed ? 1 : 0;
