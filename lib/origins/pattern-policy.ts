/**
 * Which terminal origins the extension may ask the browser for. A bank configures them (policy
 * `terminalOrigins`, a profile's `matches`); the extension asks for exactly those and nothing
 * broader: only http/https, a named host (a `*.` wildcard only under a name with a dot in it),
 * never `<all_urls>` or a pattern for every host. Problems come back as codes the UI puts in words.
 */
import { isValidMatchPattern } from '../profile/match';

export const ORIGIN_PROBLEMS = [
  'malformed',
  'all_urls',
  'scheme',
  'any_host',
  'wide_wildcard',
] as const;
export type OriginProblem = (typeof ORIGIN_PROBLEMS)[number];

const SHAPE = /^(\*|https?|[a-z-]+):\/\/([^/]*)(\/.*)$/;

/** null when `pattern` may be requested; otherwise what is wrong with it. */
export function originProblem(pattern: string): OriginProblem | null {
  const p = pattern.trim();
  if (p === '<all_urls>') return 'all_urls';
  const shape = SHAPE.exec(p);
  if (!shape || !isValidMatchPattern(p)) return 'malformed';
  const [, scheme = '', authority = ''] = shape;
  if (scheme !== 'http' && scheme !== 'https' && scheme !== '*') return 'scheme';
  const host = authority.replace(/:\d+$/, '');
  if (host === '*' || host === '') return 'any_host';
  // `*.cn`, `*.com`: a whole top-level domain, not a terminal.
  if (host.startsWith('*.') && !host.slice(2).includes('.')) return 'wide_wildcard';
  return null;
}

export interface OriginCheck {
  /** Patterns that may be requested, trimmed and without duplicates, in their first order. */
  allowed: string[];
  rejected: { pattern: string; problem: OriginProblem }[];
}

/** Splits configured patterns into those the extension may request and those it refuses. */
export function checkOrigins(patterns: readonly string[]): OriginCheck {
  const allowed: string[] = [];
  const rejected: OriginCheck['rejected'] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    const problem = originProblem(pattern);
    if (problem) rejected.push({ pattern, problem });
    else if (!allowed.includes(pattern)) allowed.push(pattern);
  }
  return { allowed, rejected };
}
