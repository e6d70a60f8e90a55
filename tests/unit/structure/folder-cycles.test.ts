/**
 * The folders of lib/ form no cycle (type imports included): vocabulary (signals, contracts)
 * below the features that use it. A cycle means two folders cannot be understood, or moved,
 * apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve(import.meta.dirname, '../../../lib');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function folderOf(file: string): string {
  const [first, ...rest] = path.relative(LIB, file).split(path.sep);
  return rest.length > 0 && first ? first : '(lib)';
}

function targetOf(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/lib/')) return path.join(LIB, specifier.slice('@/lib/'.length));
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(LIB + path.sep) ? target : null;
}

export function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = specifier && targetOf(file, specifier);
      if (!target) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** One cycle, as a path of folders, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('lib/ folders', () => {
  it('import each other without a cycle', () => {
    expect(findCycle(folderGraph())).toBeNull();
  });

  it('the checker sees a cycle when there is one', () => {
    const graph = folderGraph();
    graph.set('signals', new Set([...(graph.get('signals') ?? []), 'tiering']));
    expect(findCycle(graph)).not.toBeNull();
  });
});
