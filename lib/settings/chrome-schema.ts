/**
 * public/managed_schema.json, generated from the zod schemas of lib/settings/managed-schema so the
 * two cannot drift (a test compares them; `npx tsx scripts/write-managed-schema.ts` rewrites it).
 * Chrome accepts a subset of JSON Schema: one `type` per schema (no "any", no unions), objects
 * with `properties` and a schema (not `false`) for `additionalProperties`, arrays with `items`,
 * string `enum`s and `pattern`; it drops a policy value that does not fit, and unknown properties.
 */
import { z } from 'zod';
import { managedFieldSchemas, type ManagedKey } from './managed-schema';

type Json = Record<string, unknown>;

const DESCRIPTIONS: Record<ManagedKey, string> = {
  serverUrl: 'Branch sync server URL, e.g. https://sidekick.branch.example:8787',
  branchId: 'Branch code, e.g. 0101',
  language: 'Default UI language: zh_CN or en',
  terminalOrigins:
    'Match patterns of the teller terminal, e.g. https://teller.bank.example/* (http/https, one host each)',
  profileSource: 'inline (the "profile" policy) or server (fetched from the branch server)',
  profile: 'An inline terminal profile (docs/terminal-profiles.md)',
  deviceToken: 'Optional device token for per-PC policies',
  counterLabel: 'The counter or window name shown to client managers, e.g. 3号窗口',
  lockedSettings: 'Settings the person at the PC may not change',
};

/** One JSON-Schema node (as zod writes it) in Chrome's subset. */
export function toChromeSchema(node: Json): Json {
  const anyOf = node.anyOf as Json[] | undefined;
  // No unions in Chrome: the first branch (for a profile's clientIdentity, the plain field names).
  if (anyOf?.[0]) return toChromeSchema(anyOf[0]);
  let type = node.type as string | undefined;
  if (type === 'number' && Number.isInteger(node.const)) type = 'integer';
  const out: Json = { type: type ?? 'string' };
  if (typeof node.description === 'string') out.description = node.description;
  if (Array.isArray(node.enum)) out.enum = node.enum;
  if (typeof node.pattern === 'string') out.pattern = node.pattern;
  if (type === 'object') {
    const properties = node.properties as Record<string, Json> | undefined;
    if (properties)
      out.properties = Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, toChromeSchema(v)]),
      );
    if (node.additionalProperties && typeof node.additionalProperties === 'object')
      out.additionalProperties = toChromeSchema(node.additionalProperties as Json);
  }
  if (type === 'array' && node.items && typeof node.items === 'object')
    out.items = toChromeSchema(node.items as Json);
  return out;
}

export function managedChromeSchema(): Json {
  const properties: Record<string, Json> = {};
  for (const key of Object.keys(managedFieldSchemas) as ManagedKey[]) {
    const json = z.toJSONSchema(managedFieldSchemas[key], {
      io: 'input',
      unrepresentable: 'any',
    }) as Json;
    properties[key] = {
      title: key,
      ...toChromeSchema({ ...json, description: DESCRIPTIONS[key] }),
    };
  }
  return { type: 'object', properties };
}
