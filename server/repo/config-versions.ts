/**
 * Central config versions (migration 0006). Pushing stores a new immutable version; the version
 * in force for a branch is the branch's latest one, else the latest all-branches (`*`) one. A
 * branch's version wins even over a newer `*` version, until the branch is set back to follow `*`
 * (a version with no document). Callers validate the document first (lib/central-config).
 */
import type { Kysely } from 'kysely';
import {
  ALL_BRANCHES,
  type ConfigDocument,
  type ConfigKind,
  type ConfigScope,
  type ConfigVersionInfo,
} from '../../lib/contracts/central-config';
import type { ConfigVersionsTable, Database, Db } from '../db/types';
import { canonicalJson, sha256Hex } from '../util/canonical-json';
import { appendAudit } from './audit';
import { inTransaction } from './transaction';

type Row = Omit<ConfigVersionsTable, 'version'> & { version: number | string };

export interface NewConfigVersion {
  kind: ConfigKind;
  scope: ConfigScope;
  /** The validated document as pushed; null: the branch follows the `*` version again. */
  doc: unknown;
  label?: string;
  note?: string;
  actor: string;
}

function info(row: Row): ConfigVersionInfo {
  const version = Number(row.version);
  return {
    version,
    kind: row.kind as ConfigKind,
    scope: row.scope,
    label: row.doc === null ? 'inherit' : (row.label ?? `v${version}`),
    hash: row.hash,
    createdAt: row.created_at,
    actor: row.actor,
    ...(row.note ? { note: row.note } : {}),
  };
}

function document(row: Row): ConfigDocument {
  return { ...info(row), config: row.doc === null ? null : (JSON.parse(row.doc) as unknown) };
}

/** Stores a new version and audits it, in one transaction; returns what was stored. */
export async function pushConfigVersion(
  db: Db,
  input: NewConfigVersion,
  now: Date,
): Promise<ConfigVersionInfo> {
  const doc = input.doc === null ? null : canonicalJson(input.doc);
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('config_versions')
      .values({
        kind: input.kind,
        scope: input.scope,
        label: input.label ?? null,
        doc,
        hash: sha256Hex(doc ?? 'inherit'),
        note: input.note ?? null,
        actor: input.actor,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const stored = info(row);
    await appendAudit(trx, {
      at: stored.createdAt,
      actor: input.actor,
      branchId: input.scope === ALL_BRANCHES ? null : input.scope,
      action: doc === null ? 'config.inherit' : 'config.push',
      details: {
        kind: stored.kind,
        scope: stored.scope,
        version: stored.version,
        label: stored.label,
        hash: stored.hash,
        ...(stored.note ? { note: stored.note } : {}),
      },
    });
    return stored;
  });
}

async function latest(
  db: Kysely<Database>,
  kind: ConfigKind,
  scope: string,
): Promise<Row | undefined> {
  return db
    .selectFrom('config_versions')
    .selectAll()
    .where('kind', '=', kind)
    .where('scope', '=', scope)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The version in force for `branchId`: its own latest, else the latest `*` one; none: undefined. */
export async function configInForce(
  db: Db,
  kind: ConfigKind,
  branchId: string,
): Promise<ConfigDocument | undefined> {
  const own = await latest(db.kysely, kind, branchId);
  if (own && own.doc !== null) return document(own);
  const all = await latest(db.kysely, kind, ALL_BRANCHES);
  return all && all.doc !== null ? document(all) : undefined;
}

/** Versions newest first, optionally of one kind and one scope. */
export async function listConfigVersions(
  db: Db,
  filter: { kind?: ConfigKind; scope?: string; scopes?: string[] } = {},
  limit = 200,
): Promise<ConfigVersionInfo[]> {
  let query = db.kysely.selectFrom('config_versions').selectAll().orderBy('version', 'desc');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.scope) query = query.where('scope', '=', filter.scope);
  if (filter.scopes) query = query.where('scope', 'in', filter.scopes);
  return (await query.limit(limit).execute()).map(info);
}

export async function getConfigVersion(
  db: Db,
  version: number,
): Promise<ConfigDocument | undefined> {
  const row = await db.kysely
    .selectFrom('config_versions')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? document(row) : undefined;
}
