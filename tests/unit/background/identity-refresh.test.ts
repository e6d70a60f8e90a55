/** The cached server identity follows the token: saved, forgotten when refused, kept offline. */
import { describe, expect, it } from 'vitest';
import {
  refreshIdentity,
  type IdentityRefreshDeps,
} from '../../../lib/background/identity-refresh';
import type { CachedIdentity } from '../../../lib/settings/server-identity';
import { ServerError, type ServerErrorCode } from '../../../lib/sync/server-error';
import type { SyncConfig } from '../../../lib/settings/sync-config';

const config: SyncConfig = { url: 'http://s', token: 't' };
const old: CachedIdentity = {
  fingerprint: 'f',
  identity: { staffId: 'T001', role: 'teller', branchId: '0101' },
  at: 1,
};

function deps(over: Partial<IdentityRefreshDeps>, store: { value: CachedIdentity | null }) {
  return {
    config: () => Promise.resolve(config),
    me: () =>
      Promise.resolve({
        ok: true as const,
        data: {
          tokenId: 'x',
          role: 'client_manager' as const,
          branchId: '0202',
          staffId: 'M007',
          label: 'PC 3',
        },
      }),
    fingerprint: () => Promise.resolve('fp'),
    load: () => Promise.resolve(store.value),
    save: (v: CachedIdentity | null) => {
      store.value = v;
      return Promise.resolve();
    },
    now: () => 42,
    ...over,
  } satisfies IdentityRefreshDeps;
}

const failing = (code: ServerErrorCode) => () =>
  Promise.resolve({ ok: false as const, error: new ServerError({ code, detail: code }) });

describe('refreshIdentity', () => {
  it('saves who the server says the token is', async () => {
    const store = { value: old };
    expect(await refreshIdentity(deps({}, store))).toBe('saved');
    expect(store.value).toEqual({
      fingerprint: 'fp',
      identity: { staffId: 'M007', role: 'client_manager', branchId: '0202', label: 'PC 3' },
      at: 42,
    });
  });

  it.each(['invalid_token', 'forbidden'] as const)(
    'forgets it when the server says %s',
    async (code) => {
      const store = { value: old };
      expect(await refreshIdentity(deps({ me: failing(code) }, store))).toBe('cleared');
      expect(store.value).toBeNull();
    },
  );

  it.each(['unreachable', 'rate_limited', 'server_error'] as const)(
    'keeps it when %s',
    async (code) => {
      const store = { value: old };
      expect(await refreshIdentity(deps({ me: failing(code) }, store))).toBe('kept');
      expect(store.value).toBe(old);
    },
  );

  it('the periodic check skips a fresh identity of this token, asks again when old or for another token', async () => {
    const asked: string[] = [];
    const me: IdentityRefreshDeps['me'] = (c) => {
      asked.push(c.token);
      return deps({}, { value: null }).me(c);
    };
    const fresh = { ...old, fingerprint: 'fp', at: 42 - 60_000 };
    expect(await refreshIdentity(deps({ me }, { value: fresh }), false)).toBe('fresh');
    expect(asked).toEqual([]);
    const stale = { ...fresh, at: 42 - 31 * 60_000 };
    expect(await refreshIdentity(deps({ me }, { value: stale }), false)).toBe('saved');
    const otherToken = { ...fresh, fingerprint: 'fp-of-another-token' };
    expect(await refreshIdentity(deps({ me }, { value: otherToken }), false)).toBe('saved');
    expect(await refreshIdentity(deps({ me }, { value: fresh }))).toBe('saved'); // forced: token saved
    expect(asked).toHaveLength(3);
  });

  it('forgets it when no server is configured any more', async () => {
    const store = { value: old };
    expect(await refreshIdentity(deps({ config: () => Promise.resolve(null) }, store))).toBe(
      'no-server',
    );
    expect(store.value).toBeNull();
  });
});
