/**
 * Finds the PostgreSQL the server suite runs against:
 *   TEST_DATABASE_URL if set (CI sets it from scripts/pg-test-db.sh), else the local defaults,
 *   starting the local cluster with scripts/pg-test-db.sh when nothing answers.
 * In CI (CI=true or TEST_DATABASE_URL set) a missing PostgreSQL fails the suite; locally the
 * PostgreSQL half is skipped with a loud warning.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCAL_DEFAULTS = [
  'postgres://sidekick_test:sidekick_test@127.0.0.1:5432/sidekick_test',
  'postgres://postgres@127.0.0.1:5432/postgres',
];

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function firstReachable(urls: string[]): Promise<string | undefined> {
  for (const url of urls) if (await canConnect(url)) return url;
  return undefined;
}

function startLocalCluster(): string | undefined {
  const result = spawnSync(
    'flock',
    ['/tmp/sidekick-pg-test-db.lock', 'bash', path.join(ROOT, 'scripts/pg-test-db.sh')],
    {
      encoding: 'utf8',
      timeout: 90_000,
    },
  );
  if (result.status !== 0) return undefined;
  return result.stdout.trim().split('\n').at(-1);
}

export type PgResolution = { ok: true; url: string } | { ok: false; reason: string };

export async function resolvePostgresUrl(): Promise<PgResolution> {
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) {
    if (await canConnect(explicit)) return { ok: true, url: explicit };
    const started = startLocalCluster();
    if (started && (await canConnect(explicit))) return { ok: true, url: explicit };
    return { ok: false, reason: `TEST_DATABASE_URL is set but PostgreSQL does not answer there` };
  }
  const local = await firstReachable(LOCAL_DEFAULTS);
  if (local) return { ok: true, url: local };
  const started = startLocalCluster();
  if (started && (await canConnect(started))) return { ok: true, url: started };
  return {
    ok: false,
    reason: 'no PostgreSQL on 127.0.0.1:5432 and scripts/pg-test-db.sh could not start one',
  };
}

/** CI must run the PostgreSQL half: a skip there would hide a broken path. */
export function postgresRequired(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return (ci !== '' && ci !== '0' && ci !== 'false') || Boolean(process.env.TEST_DATABASE_URL);
}
