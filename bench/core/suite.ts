/**
 * What a benchmark suite is. A suite is one file in bench/suites/ whose default export is a
 * `Suite`; bench/run.ts finds it there, so adding a suite means adding that one file.
 */
import type { BuiltExtension, ExtensionBuildMode } from './extension-builds';
import type { DemoServer } from '../../demo/serve.ts';

export interface Target {
  /** The result meets the target when value <= max (and/or value >= min). */
  max?: number;
  min?: number;
}

export interface Metric {
  /** What was measured, in a few words (the table's "measure" column). */
  name: string;
  /** The headline number compared with the target. NaN when it could not be measured. */
  value: number;
  unit: string;
  /** How to print it when the headline alone would hide something (e.g. "p50 0.1 / p95 0.3"). */
  display?: string;
  target?: Target;
  /** One short line: sample size, spread, what to keep in mind. */
  note?: string;
}

export interface SuiteResult {
  metrics: Metric[];
  /** Raw numbers kept in bench/results/latest.json for anyone who wants to look closer. */
  details?: Record<string, unknown>;
}

export interface SuiteContext {
  /** Builds the extension once per run and mode (production or bench). */
  extension(mode: ExtensionBuildMode): Promise<BuiltExtension>;
  /** The demo terminal server, started once per run. */
  demo(): Promise<DemoServer>;
  /** Progress line on stderr (stdout is for the table). */
  log(message: string): void;
}

export interface Suite {
  /** Selector on the command line: `npm run bench -- <name>`. */
  name: string;
  title: string;
  /** Suites run in ascending order. */
  order: number;
  run(ctx: SuiteContext): Promise<SuiteResult>;
}

export function defineSuite(suite: Suite): Suite {
  return suite;
}

export function meetsTarget(metric: Metric): boolean | undefined {
  const { target, value } = metric;
  if (!target) return undefined;
  if (Number.isNaN(value)) return false;
  if (target.max !== undefined && value > target.max) return false;
  if (target.min !== undefined && value < target.min) return false;
  return true;
}
