/**
 * Refuses lone UTF-16 surrogates anywhere in a request (keys, values, query parameters). SQLite
 * would store them as invalid UTF-8 and PostgreSQL as U+FFFD, so the two databases would hold
 * different text; JSON.parse lets "\ud800" through, so every parsed body is checked here, once.
 */
import { LONE_SURROGATE } from '../../lib/privacy/normalise';
import { TEXT_PROBLEM_CODES, TEXT_PROBLEM_MESSAGES } from '../../lib/privacy/text-check';
import { HttpError } from './errors';

interface Node {
  value: unknown;
  key?: string;
  parent?: Node;
}

function pathOf(node: Node | undefined): string[] {
  const path: string[] = [];
  for (let n = node; n?.key !== undefined; n = n.parent) path.unshift(n.key);
  return path;
}

/**
 * Path of the first string (or key) in `value` that holds a lone surrogate, or undefined.
 * Iterative and without copying paths, so a deeply nested body costs linear time and no stack.
 */
export function findIllFormedString(value: unknown): string[] | undefined {
  const stack: Node[] = [{ value }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const v = node.value;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return pathOf(node);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const entries = Array.isArray(v)
      ? v.map((child: unknown, i): [string, unknown] => [String(i), child])
      : Object.entries(v);
    for (const [key, child] of entries.reverse()) {
      // The key itself: {"\ud800": 1} must not reach a schema's error message either.
      if (LONE_SURROGATE.test(key)) return [...pathOf(node), '(key)'];
      stack.push({ value: child, key, parent: node });
    }
  }
  return undefined;
}

/** Throws 400 `invalid_unicode` naming the field when `value` holds a lone surrogate. */
export function assertWellFormed(value: unknown): void {
  const path = findIllFormedString(value);
  if (!path) return;
  throw new HttpError(400, TEXT_PROBLEM_CODES.invalid_unicode, {
    issues: [
      {
        path: path.join('.'),
        message: TEXT_PROBLEM_MESSAGES.invalid_unicode,
        error: TEXT_PROBLEM_CODES.invalid_unicode,
      },
    ],
  });
}
