/**
 * Results: bench/results/latest.json keeps the latest result of every suite (a run of some
 * suites replaces only theirs, each stamped with its own date and machine), and the markdown
 * table printed to stdout and written into BENCHMARKS.md between its bench markers.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { machineLine, type Machine } from './machine';
import { fmt, round } from './stats';
import { meetsTarget, type Metric, type SuiteResult, type Target } from './suite';

export interface StoredSuiteResult extends SuiteResult {
  title: string;
  order: number;
  date: string;
  /** When the `npm run bench` that produced this result started (groups suites per run). */
  runStarted: string;
  machine: Machine;
  durationS: number;
  /** Set when the suite threw: its metrics are then empty. */
  error?: string;
}

export type ResultsFile = Record<string, StoredSuiteResult>;

export const RESULTS_PATH = path.resolve(import.meta.dirname, '..', 'results', 'latest.json');
const DOC_PATH = path.resolve(import.meta.dirname, '..', '..', 'BENCHMARKS.md');
const BEGIN = '<!-- bench:results:begin (written by npm run bench) -->';
const END = '<!-- bench:results:end -->';

export async function readResults(): Promise<ResultsFile> {
  try {
    return JSON.parse(await readFile(RESULTS_PATH, 'utf8')) as ResultsFile;
  } catch {
    return {};
  }
}

export async function writeResults(results: ResultsFile): Promise<void> {
  await mkdir(path.dirname(RESULTS_PATH), { recursive: true });
  const rounded = JSON.stringify(
    results,
    (_k, v: unknown) => (typeof v === 'number' ? round(v) : v),
    2,
  );
  await writeFile(RESULTS_PATH, `${rounded}\n`);
}

function targetText(t: Target | undefined, unit: string): string {
  if (!t) return '';
  const u = unit ? ` ${unit}` : '';
  if (t.max !== undefined && t.min !== undefined) return `${fmt(t.min)}–${fmt(t.max)}${u}`;
  if (t.max !== undefined) return `≤ ${fmt(t.max)}${u}`;
  if (t.min !== undefined) return `≥ ${fmt(t.min)}${u}`;
  return '';
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function row(suite: string, m: Metric): string {
  const met = meetsTarget(m);
  const verdict = met === undefined ? '' : met ? '✅ met' : '❌ not met';
  const result = m.display ?? `${fmt(m.value)}${m.unit ? ` ${m.unit}` : ''}`;
  return `| ${[suite, m.name, result, targetText(m.target, m.unit), verdict, m.note ?? ''].map(cell).join(' | ')} |`;
}

export function markdownTable(results: ResultsFile): string {
  const suites = Object.entries(results).sort(([, a], [, b]) => a.order - b.order);
  const lines = ['| suite | measure | result | target | | notes |', '|---|---|---|---|---|---|'];
  for (const [name, r] of suites) {
    if (r.error)
      lines.push(`| ${name} | (failed) | ${cell(r.error.split('\n')[0] ?? '')} | | ❌ | |`);
    for (const m of r.metrics) lines.push(row(name, m));
  }
  const runs = new Map<string, string[]>();
  for (const [name, r] of suites) {
    const key = `${(r.runStarted ?? r.date).slice(0, 16).replace('T', ' ')} UTC on ${machineLine(r.machine)}`;
    runs.set(key, [...(runs.get(key) ?? []), name]);
  }
  const measured = [...runs].map(([when, names]) => `- ${names.join(', ')}: run of ${when}`);
  return [...lines, '', 'Measured:', ...measured].join('\n');
}

/** Replaces the results region of BENCHMARKS.md (between its markers) with the table. */
export async function updateBenchmarksDoc(table: string): Promise<boolean> {
  let doc: string;
  try {
    doc = await readFile(DOC_PATH, 'utf8');
  } catch {
    return false;
  }
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) return false;
  await writeFile(DOC_PATH, `${doc.slice(0, begin + BEGIN.length)}\n${table}\n${doc.slice(end)}`);
  return true;
}
