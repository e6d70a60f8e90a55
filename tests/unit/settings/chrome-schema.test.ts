/** public/managed_schema.json is what Chrome validates policies against: generated, in Chrome's subset. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedChromeSchema, toChromeSchema } from '../../../lib/settings/chrome-schema';
import { MANAGED_KEYS } from '../../../lib/settings/managed-schema';

const file = path.resolve('public/managed_schema.json');

function walk(
  node: Record<string, unknown>,
  at: string,
  visit: (n: Record<string, unknown>, at: string) => void,
) {
  visit(node, at);
  for (const [k, v] of Object.entries(
    (node.properties as Record<string, Record<string, unknown>>) ?? {},
  ))
    walk(v, `${at}.${k}`, visit);
  if (node.items) walk(node.items as Record<string, unknown>, `${at}[]`, visit);
  if (node.additionalProperties && typeof node.additionalProperties === 'object')
    walk(node.additionalProperties as Record<string, unknown>, `${at}.*`, visit);
}

describe('managed_schema.json', () => {
  it('is the generated one (run: npx tsx scripts/write-managed-schema.ts)', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(managedChromeSchema());
  });

  it('declares exactly the agreed policy keys, at the top level without additionalProperties', () => {
    const schema = managedChromeSchema();
    expect(Object.keys(schema.properties as object).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('uses only what Chrome accepts: one real type per node, no unions, no "any"', () => {
    const types = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
    walk(managedChromeSchema(), '$', (node, at) => {
      expect(types.has(node.type as string), `${at}: ${String(node.type)}`).toBe(true);
      for (const bad of ['anyOf', 'oneOf', 'allOf', 'const', '$schema', 'propertyNames'])
        expect(node, at).not.toHaveProperty(bad);
      if ('additionalProperties' in node)
        expect(typeof node.additionalProperties, at).toBe('object');
    });
  });

  it('turns a union into its first branch and keeps nested objects', () => {
    expect(
      toChromeSchema({
        type: 'array',
        items: {
          anyOf: [
            { type: 'string' },
            { type: 'object', properties: { field: { type: 'string' } } },
          ],
        },
      }),
    ).toEqual({ type: 'array', items: { type: 'string' } });
  });
});
