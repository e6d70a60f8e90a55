/**
 * Property tests explore new inputs on every local run, but CI must give the same answer for the
 * same commit: `.ci/run` sets FC_SEED, and a failure printed with its seed can be replayed with
 * `FC_SEED=<seed> npx vitest run <file>`. FC_RUNS sets how many inputs each property tries.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isInteger(value)) throw new Error(`FC_SEED must be an integer, got "${seed}"`);
  fc.configureGlobal({ seed: value });
}
