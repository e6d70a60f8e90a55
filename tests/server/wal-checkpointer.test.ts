import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/connect';
import type { Db } from '../../server/db/types';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function writeSomePages(background: boolean): Promise<{ db: Db; file: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-wal-'));
  dirs.push(dir);
  const file = path.join(dir, 'db.sqlite');
  const db = openDb({ sqlitePath: file, backgroundCheckpoint: background });
  await sql`create table t (id integer primary key, body text)`.execute(db.kysely);
  for (let i = 0; i < 50; i++)
    await sql`insert into t (body) values (${'x'.repeat(4000)})`.execute(db.kysely);
  return { db, file };
}

const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && !check();)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return check();
};

describe('SQLite WAL checkpoints off the request path', () => {
  it('the server copies committed pages into the database file without a request doing it', async () => {
    const { db, file } = await writeSomePages(true);
    try {
      // 50 rows of 4 KB: far below wal_autocheckpoint, so only the background worker moves them.
      expect(await waitFor(() => statSync(file).size > 50 * 4096, 3000)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('without the worker (CLI commands) the pages stay in the WAL until the connection checkpoints', async () => {
    const { db, file } = await writeSomePages(false);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(statSync(file).size).toBeLessThan(50 * 4096);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(50 * 4096);
    } finally {
      await db.close();
    }
  });
});

describe('closing a server that checkpoints in the background', () => {
  it('lets a script that awaits close() finish normally (the worker keeps the process alive until it is gone)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-close-'));
    dirs.push(dir);
    const script = path.join(dir, 'close.mts');
    writeFileSync(
      script,
      `import { openDb } from ${JSON.stringify(path.resolve('server/db/connect.ts'))};
const db = openDb({ sqlitePath: ${JSON.stringify(path.join(dir, 'db.sqlite'))}, backgroundCheckpoint: true });
await db.close();
console.log('closed');
`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      cwd: process.cwd(),
    });
    expect(stdout.trim()).toBe('closed');
  });
});
