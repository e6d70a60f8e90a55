// @vitest-environment node
/** The admin command line (tokens, roster) and the append-only audit log. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli';
import { openDb } from '../../server/db/connect';
import { ROSTER } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

describe.each(DB_TARGETS)('admin CLI and audit on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      db: h.database.db,
      ...(h.database.env.SQLITE_PATH ? { sqlitePath: h.database.env.SQLITE_PATH } : {}),
      clock: h.clock,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out, err };
  }

  it('token create prints a working token on its last line; the database keeps only a hash', async () => {
    const created = await cli(
      'token',
      'create',
      '--role',
      'teller',
      '--branch',
      '0101',
      '--staff',
      'T777',
      '--label',
      'counter 7',
    );
    expect(created.code).toBe(0);
    const token = created.out.at(-1) ?? '';
    expect(token).toMatch(/^sk_[A-Za-z0-9_-]{40,}$/);
    const me = await h.call('GET', '/v1/me', { token });
    expect(me.json).toMatchObject({
      role: 'teller',
      branchId: '0101',
      staffId: 'T777',
      label: 'counter 7',
    });
    const rows = await h.database.db.kysely.selectFrom('tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(3));
  });

  it('token list shows ids and state but never tokens; token revoke locks the token out at once', async () => {
    const created = await cli(
      'token',
      'create',
      '--role',
      'client-manager',
      '--branch',
      '0101',
      '--staff',
      'CM55',
    );
    const token = created.out.at(-1) ?? '';
    const id = (await h.call('GET', '/v1/me', { token })).json.tokenId as string;
    const listed = await cli('token', 'list');
    expect(listed.out.join('\n')).toContain(`${id}\tclient_manager\t0101\tCM55`);
    expect(listed.out.join('\n')).not.toContain(token);
    expect((await cli('token', 'revoke', id)).code).toBe(0);
    expect((await h.call('GET', '/v1/me', { token })).status).toBe(401);
    expect((await cli('token', 'list')).out.find((l) => l.startsWith(id))).toContain('revoked');
  });

  it.each([
    [['token', 'create', '--role', 'king', '--branch', '0101', '--staff', 'X1']],
    [['token', 'create', '--role', 'teller', '--staff', 'X1']],
    [['token', 'create', '--role', 'teller', '--branch', '0101', '--staff', 'has space']],
    [['token', 'create', '--role', 'teller', '--branch', '0101', '--staff', 'X1', '--admin']],
    [['token', 'revoke', 'nope']],
    [['token', 'revoke']],
    [['roster', 'set']],
    [['roster', 'list']],
    [['backup']],
    [['frobnicate']],
  ])('refuses %j with usage and exit code 2', async (args) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain('usage:');
  });

  it('roster set imports client managers from a JSON file and refuses an invalid one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-'));
    const good = path.join(dir, 'managers.json');
    writeFileSync(
      good,
      JSON.stringify({ managers: [...ROSTER, { ...ROSTER[0]!, staffId: 'CM04', name: '周经理' }] }),
    );
    const set = await cli('roster', 'set', good);
    expect(set.code).toBe(0);
    const listed = await cli('roster', 'list', '--branch', '0101');
    expect(listed.out.map((l) => l.split('\t')[0])).toEqual(['CM01', 'CM02', 'CM04']);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...ROSTER[0], capacity: 'lots' }]));
    const refused = await cli('roster', 'set', bad);
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toContain('capacity');
    expect((await cli('roster', 'list', '--branch', '0101')).out).toHaveLength(3);
  });

  it('backup copies the SQLite database while it is in use (PostgreSQL: use pg_dump)', async () => {
    const destination = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'backup-')),
      'nested',
      'sidekick-backup.sqlite',
    );
    const result = await cli('backup', destination);
    if (target.name === 'postgres') {
      expect(result.code).toBe(2);
      expect(result.err.join('\n')).toContain('pg_dump');
      return;
    }
    expect(result.code).toBe(0);
    const copy = openDb({ sqlitePath: destination });
    try {
      const tokens = await copy.kysely.selectFrom('tokens').select('id').execute();
      const live = await h.database.db.kysely.selectFrom('tokens').select('id').execute();
      expect(tokens.map((t) => t.id).sort()).toEqual(live.map((t) => t.id).sort());
    } finally {
      await copy.close();
    }
  });

  it('the audit log records admin actions and refuses edits and deletions', async () => {
    const rows = await h.database.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['token.create', 'token.revoke', 'roster.replace']),
    );
    expect(rows.find((r) => r.action === 'token.create')?.actor).toBe('cli');
    await expect(
      h.database.db.kysely.updateTable('audit_log').set({ action: 'nothing happened' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(h.database.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(
      /append-only/,
    );
    const after = await h.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .orderBy('id')
      .execute();
    expect(after.map((r) => r.action)).toEqual(rows.map((r) => r.action));
  });
});
