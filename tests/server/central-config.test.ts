// @vitest-environment node
/**
 * Central profile and tiering config: only valid documents are stored, versions are immutable and
 * ordered, a branch's own version beats the all-branches one, devices fetch with ETag / 304, and
 * only admins (any scope) and supervisors (their own branch) may push. Also the `config` CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProfile } from '../../lib/profile/builtin/demo';
import { DEFAULT_TIERING_CONFIG } from '../../lib/tiering/defaults';
import { runCli } from '../../server/cli';
import { BRANCH, OTHER_BRANCH } from '../../support/server/fixtures';
import { makeHarness, type Harness } from './helpers/harness';
import { DB_TARGETS } from './helpers/targets';

const profile = (version: string) => ({ ...demoProfile, version });

describe.each(DB_TARGETS)('central config on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(target);
  });
  afterAll(async () => h.close());

  const push = (as: 'admin' | 'supervisor' | 'teller' | 'otherSupervisor', body: unknown) =>
    h.call('POST', '/v1/config', { as, body });

  it('a device gets 404 no_config until something is pushed for it', async () => {
    const got = await h.call('GET', '/v1/config/profile', { as: 'otherTeller' });
    expect(got.status).toBe(404);
    expect(got.json.error).toBe('no_config');
  });

  it('refuses an invalid profile with the path of each bad field, and stores nothing', async () => {
    const bad = { ...demoProfile, fields: { amount: { selector: '' } }, matches: [] };
    const res = await push('admin', { kind: 'profile', scope: BRANCH, config: bad });
    expect(res.status).toBe(422);
    expect(res.json.error).toBe('invalid_config');
    const paths = (res.json.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toContain('fields.amount.selector');
    expect(paths).toContain('matches');
    const list = await h.call('GET', '/v1/config/versions', { as: 'admin' });
    expect(list.json.versions).toEqual([]);
    const tiering = await push('admin', {
      kind: 'tiering',
      scope: BRANCH,
      config: { tierBMinAmountCny: 10, tierCMinAmountCny: 50 },
    });
    expect(tiering.status).toBe(422);
    expect(JSON.stringify(tiering.json)).toContain('tierCMinAmountCny');
  });

  it('roles: tellers may not push, supervisors only for their branch, never for all', async () => {
    const doc = { kind: 'profile', config: profile('x') };
    expect((await push('teller', { ...doc, scope: BRANCH })).status).toBe(403);
    expect((await push('supervisor', { ...doc, scope: '*' })).status).toBe(403);
    expect((await push('supervisor', { ...doc, scope: OTHER_BRANCH })).status).toBe(403);
    expect((await h.call('GET', '/v1/config/versions', { as: 'teller' })).status).toBe(403);
    expect((await h.call('GET', '/v1/config/profile')).status).toBe(401);
  });

  it('versions are ordered; the branch version beats a newer all-branches one', async () => {
    const all1 = await push('admin', { kind: 'profile', scope: '*', config: profile('2026.12-1') });
    expect(all1.status).toBe(201);
    const other = await h.call('GET', '/v1/config/profile', { as: 'otherTeller' });
    expect(other.json).toMatchObject({
      version: all1.json.version,
      scope: '*',
      label: '2026.12-1',
    });

    const own = await push('supervisor', {
      kind: 'profile',
      scope: BRANCH,
      config: profile('2026.12-2'),
      note: 'new amount label',
    });
    expect(own.status).toBe(201);
    const all2 = await push('admin', { kind: 'profile', scope: '*', config: profile('2026.12-3') });
    expect(Number(all2.json.version)).toBeGreaterThan(Number(own.json.version));
    expect(Number(own.json.version)).toBeGreaterThan(Number(all1.json.version));

    const here = await h.call('GET', '/v1/config/profile', { as: 'teller' });
    expect(here.json).toMatchObject({
      version: own.json.version,
      scope: BRANCH,
      label: '2026.12-2',
    });
    expect((here.json.config as { version: string }).version).toBe('2026.12-2');
    const there = await h.call('GET', '/v1/config/profile', { as: 'otherTeller' });
    expect(there.json).toMatchObject({ version: all2.json.version, label: '2026.12-3' });

    const list = await h.call('GET', '/v1/config/versions?kind=profile', { as: 'admin' });
    const versions = (list.json.versions as { version: number }[]).map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(versions).toHaveLength(3);

    // The branch goes back to following the all-branches version.
    const inherit = await push('admin', { kind: 'profile', scope: BRANCH, inherit: true });
    expect(inherit.status).toBe(201);
    const back = await h.call('GET', '/v1/config/profile', { as: 'teller' });
    expect(back.json).toMatchObject({ version: all2.json.version, scope: '*' });
  });

  it('the database refuses to change or delete a stored version', async () => {
    await expect(
      h.database.db.kysely.updateTable('config_versions').set({ label: 'changed' }).execute(),
    ).rejects.toThrow(/immutable/);
    await expect(h.database.db.kysely.deleteFrom('config_versions').execute()).rejects.toThrow(
      /immutable/,
    );
  });

  it('ETag / If-None-Match: 304 while the version in force stays, 200 when it changes', async () => {
    const first = await h.call('GET', '/v1/config/profile', { as: 'teller' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"profile-\d+"$/);
    const again = await h.call('GET', '/v1/config/profile', {
      as: 'teller',
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    await push('admin', { kind: 'profile', scope: '*', config: profile('2026.12-4') });
    const changed = await h.call('GET', '/v1/config/profile', {
      as: 'teller',
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.json.label).toBe('2026.12-4');
  });

  it('tiering configs are kept apart from profiles', async () => {
    expect((await h.call('GET', '/v1/config/tiering', { as: 'teller' })).status).toBe(404);
    const res = await push('admin', {
      kind: 'tiering',
      scope: BRANCH,
      config: { ...DEFAULT_TIERING_CONFIG, tierBMinAmountCny: 600_000 },
    });
    expect(res.status).toBe(201);
    const got = await h.call('GET', '/v1/config/tiering', { as: 'lobby' });
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ kind: 'tiering', label: `v${String(res.json.version)}` });
    expect(got.headers.get('etag')).toBe(`"tiering-${String(res.json.version)}"`);
  });

  it('every push is audited', async () => {
    const audit = await h.database.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'in', ['config.push', 'config.inherit'])
      .execute();
    expect(audit.length).toBe(6);
    // Six stored versions so far (invalid pushes and refused roles left no row).
    expect(audit.every((a) => a.actor.startsWith('token:'))).toBe(true);
    expect(audit.map((a) => a.branch_id)).toContain(null);
    expect(JSON.parse(audit[1]!.details_json)).toMatchObject({
      kind: 'profile',
      scope: BRANCH,
      note: 'new amount label',
    });
  });

  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      db: h.database.db,
      clock: h.clock,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out, err };
  }

  it('CLI: config push stores a valid file, refuses an invalid one in words, list and show', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sidekick-config-'));
    const good = path.join(dir, 'profile.json');
    writeFileSync(good, JSON.stringify(profile('2027.01-1')));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...demoProfile, fields: { amount: { read: 'value' } } }));

    const before = (await cli('config', 'list')).out.length;
    const refused = await cli('config', 'push', bad, '--branch', OTHER_BRANCH);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('nothing was stored');
    expect(refused.err.join('\n')).toContain(
      'fields.amount.selector: needs a "selector" or a "label"',
    );
    expect((await cli('config', 'list')).out.length).toBe(before);

    const stored = await cli('config', 'push', good, '--branch', OTHER_BRANCH, '--note', 'pilot');
    expect(stored.code).toBe(0);
    expect(stored.out[0]).toMatch(/^stored profile version \d+ \(2027\.01-1\) for branch 0202$/);
    const there = await h.call('GET', '/v1/config/profile', { as: 'otherTeller' });
    expect(there.json).toMatchObject({ label: '2027.01-1', scope: OTHER_BRANCH, actor: 'cli' });

    const version = String(there.json.version);
    const shown = await cli('config', 'show', version);
    expect(JSON.parse(shown.out.join('\n'))).toMatchObject({
      version: Number(version),
      note: 'pilot',
    });
    const listed = await cli('config', 'list', '--branch', OTHER_BRANCH);
    expect(listed.out[0]?.split('\t').slice(0, 4)).toEqual([
      version,
      'profile',
      OTHER_BRANCH,
      '2027.01-1',
    ]);

    expect((await cli('config', 'push', good)).code).toBe(2);
    expect((await cli('config', 'push', good, '--all', '--kind', 'rules')).code).toBe(2);
    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const garbled = await cli('config', 'push', notJson, '--all', '--kind', 'tiering');
    expect(garbled.code).toBe(1);
    expect(garbled.err[0]).toContain('is not valid JSON');
  });
});

describe('central config in the OpenAPI document', () => {
  it('lists the config and fleet routes with their schemas', async () => {
    const h = await makeHarness(DB_TARGETS[0]!);
    try {
      const doc = (await h.call('GET', '/openapi.json')).json as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      for (const p of [
        '/v1/config',
        '/v1/config/profile',
        '/v1/config/tiering',
        '/v1/fleet',
        '/v1/fleet/health',
      ])
        expect(doc.paths).toHaveProperty([p]);
      for (const s of ['ConfigDocument', 'HealthReport', 'FleetOverview'])
        expect(doc.components.schemas).toHaveProperty([s]);
    } finally {
      await h.close();
    }
  });
});
