/**
 * The device side of the central config: through the real sync client (injected fetch), a 200
 * applies a valid version, a 304 changes nothing, an invalid version or a dead server leaves the
 * last good one in force with a warning an admin can read; the source decides what is in force.
 */
import { describe, expect, it } from 'vitest';
import type { ConfigDocument, ConfigKind } from '@/lib/contracts/central-config';
import { pickInForce } from '@/lib/central-config/in-force';
import { refreshCentralConfig } from '@/lib/central-config/refresh';
import { EMPTY_CENTRAL_CONFIG, type CentralConfigState } from '@/lib/central-config/state';
import { demoProfile } from '@/lib/profile/builtin/demo';
import { serverApi } from '@/lib/sync/server-api';
import type { FetchLike } from '@/lib/sync/http-client';
import { DEFAULT_TIERING_CONFIG } from '@/lib/tiering/defaults';

type Answer = { status: number; body?: unknown; etag?: string } | 'down';

function doc(kind: ConfigKind, version: number, config: unknown): ConfigDocument {
  return {
    version,
    kind,
    scope: '0101',
    label: kind === 'profile' ? ((config as { version?: string }).version ?? '?') : `v${version}`,
    hash: 'a'.repeat(64),
    createdAt: '2026-12-01T02:00:00.000Z',
    actor: 'cli',
    config,
  };
}

/** A fake server: one queued answer per kind per call; records the If-None-Match it got. */
function world(initial: CentralConfigState = EMPTY_CENTRAL_CONFIG) {
  const answers: Record<ConfigKind, Answer[]> = { profile: [], tiering: [] };
  const seenEtags: (string | undefined)[] = [];
  let state = initial;
  const fetch: FetchLike = (url, init) => {
    const kind: ConfigKind = url.endsWith('/tiering') ? 'tiering' : 'profile';
    if (kind === 'profile') seenEtags.push(init.headers['if-none-match']);
    const answer = answers[kind].shift() ?? { status: 404, body: { error: 'no_config' } };
    if (answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: answer.etag ? { etag: answer.etag } : {},
      }),
    );
  };
  const api = serverApi({ url: 'http://branch.example', token: 'tok_1234567890' }, fetch);
  const refresh = () =>
    refreshCentralConfig({
      fetchConfig: (kind, etag) => api.configInForce(kind, etag),
      load: () => Promise.resolve(state),
      save: (next) => {
        state = next;
        return Promise.resolve();
      },
      now: () => 1_000,
    });
  return { answers, seenEtags, refresh, state: () => state };
}

const good = (version: string) => ({ ...demoProfile, version });

describe('central config on the device', () => {
  it('200 with a valid profile: applied, with its version and ETag', async () => {
    const w = world();
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 4, good('2026.12-2')),
      etag: '"profile-4"',
    });
    w.answers.tiering.push({
      status: 200,
      body: doc('tiering', 5, { tierBMinAmountCny: 600_000 }),
      etag: '"tiering-5"',
    });
    expect(await w.refresh()).toEqual({ profile: 'applied', tiering: 'applied' });
    expect(w.state().profile).toMatchObject({
      version: 4,
      label: '2026.12-2',
      etag: '"profile-4"',
    });
    expect(w.state().profile?.value.version).toBe('2026.12-2');
    expect(w.state().tiering?.value.tierBMinAmountCny).toBe(600_000);
    expect(w.state().warnings).toEqual([]);
  });

  it('304: sends the held ETag and changes nothing', async () => {
    const w = world();
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 4, good('a')),
      etag: '"profile-4"',
    });
    await w.refresh();
    const before = w.state().profile;
    w.answers.profile.push({ status: 304 });
    expect((await w.refresh()).profile).toBe('unchanged');
    expect(w.seenEtags).toEqual([undefined, '"profile-4"']);
    expect(w.state().profile).toEqual(before);
  });

  it('an invalid new version: the last good one stays, with a warning naming the bad field', async () => {
    const w = world();
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 4, good('good')),
      etag: '"profile-4"',
    });
    await w.refresh();
    const broken = { ...good('broken'), fields: { amount: { selector: '' } } };
    w.answers.profile.push({ status: 200, body: doc('profile', 6, broken), etag: '"profile-6"' });
    expect((await w.refresh()).profile).toBe('invalid');
    expect(w.state().profile).toMatchObject({ version: 4, label: 'good' });
    expect(w.state().warnings).toEqual([
      expect.objectContaining({ kind: 'profile', reason: 'invalid', version: 6 }),
    ]);
    expect(w.state().warnings[0]?.details.join('\n')).toContain('fields.amount.selector');
    // The refused version is not fetched and warned about again: its ETag goes with the next ask.
    w.answers.profile.push({ status: 304 });
    await w.refresh();
    expect(w.seenEtags.at(-1)).toBe('"profile-6"');
    expect(w.state().profile?.version).toBe(4);
  });

  it('server down: the last good one stays, with a warning', async () => {
    const w = world();
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 4, good('good')),
      etag: '"profile-4"',
    });
    await w.refresh();
    w.answers.profile.push('down');
    expect((await w.refresh()).profile).toBe('unreachable');
    expect(w.state().profile).toMatchObject({ version: 4, label: 'good' });
    expect(w.state().warnings[0]).toMatchObject({ kind: 'profile', reason: 'fetch_failed' });
    // Back up with a new valid version: applied and the warning is gone.
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 7, good('next')),
      etag: '"profile-7"',
    });
    await w.refresh();
    expect(w.state().profile?.version).toBe(7);
    expect(w.state().warnings).toEqual([]);
  });

  it('a garbled answer is not taken either', async () => {
    const w = world();
    w.answers.profile.push({ status: 200, body: { hello: 'world' }, etag: '"profile-9"' });
    expect((await w.refresh()).profile).toBe('unreachable');
    expect(w.state().profile).toBeUndefined();
  });

  it('the held versions are in force only while the profile source is "server"', async () => {
    const w = world();
    w.answers.profile.push({
      status: 200,
      body: doc('profile', 4, good('srv')),
      etag: '"profile-4"',
    });
    await w.refresh();
    const fallback = { profile: demoProfile, tiering: DEFAULT_TIERING_CONFIG };
    expect(pickInForce('inline', w.state(), fallback).profile).toBe(demoProfile);
    const server = pickInForce('server', w.state(), fallback);
    expect(server.profile.version).toBe('srv');
    expect(server.profileVersion).toBe(4);
    expect(server.tiering).toBe(DEFAULT_TIERING_CONFIG);
    expect(server.tieringVersion).toBeUndefined();
  });
});
