/** An empty database (no migrations run) on each target, for testing a migration's backfill. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../../server/db/connect';
import type { Db, DialectName } from '../../../server/db/types';
import { resolvePostgresUrl } from './pg-url';

export interface BlankDb {
  db: Db;
  cleanup(): Promise<void>;
}

export async function openBlank(dialect: DialectName): Promise<BlankDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-migrate-'));
    const db = openDb({ sqlitePath: path.join(dir, 'db.sqlite') });
    return {
      db,
      async cleanup() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const resolved = await resolvePostgresUrl();
  if (!resolved.ok) throw new Error(resolved.reason);
  const schema = `t_${process.pid}_${Date.now().toString(36)}_m`;
  const admin = new pg.Client({ connectionString: resolved.url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(resolved.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = openDb({ databaseUrl: url.toString(), poolSize: 2 });
  return {
    db,
    async cleanup() {
      await db.close();
      const client = new pg.Client({ connectionString: resolved.url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
