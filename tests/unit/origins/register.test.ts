/** Registering the terminal watcher at run time: only configured, valid, granted origins; removed ones go. */
import { describe, expect, it } from 'vitest';
import { registrationDiff, scriptIdFor } from '../../../lib/origins/registration-diff';
import {
  syncRegistrations,
  type PermissionsApi,
  type ScriptingApi,
} from '../../../lib/origins/register';
import { configuredOrigins, isUnpinnedBuild } from '../../../lib/origins/configured';

const A = 'https://a.bank.example/*';
const B = 'https://b.bank.example/teller/*';
const C = 'http://10.0.0.9:8080/*';

describe('registrationDiff', () => {
  const all = () => true;
  it.each([
    {
      name: 'nothing registered yet',
      wanted: [A, B],
      granted: all,
      registered: [],
      reg: [A, B],
      unreg: [],
    },
    {
      name: 'already registered: nothing to do',
      wanted: [A],
      granted: all,
      registered: [scriptIdFor(A)],
      reg: [],
      unreg: [],
    },
    {
      name: 'an origin no longer configured is unregistered',
      wanted: [B],
      granted: all,
      registered: [scriptIdFor(A)],
      reg: [B],
      unreg: [scriptIdFor(A)],
    },
    {
      name: 'an origin not granted is not registered (and unregistered when revoked)',
      wanted: [A, B],
      granted: (p: string) => p === B,
      registered: [scriptIdFor(A)],
      reg: [B],
      unreg: [scriptIdFor(A)],
    },
    {
      name: 'scripts that are not ours are left alone',
      wanted: [],
      granted: all,
      registered: ['someone-else'],
      reg: [],
      unreg: [],
    },
  ])('$name', ({ wanted, granted, registered, reg, unreg }) => {
    expect(registrationDiff(wanted, granted, registered)).toEqual({
      register: reg,
      unregister: unreg,
    });
  });
});

function fakeApis(granted: string[], registered: string[] = []) {
  const ids = new Set(registered);
  const calls: string[] = [];
  const scripting: ScriptingApi = {
    getRegisteredContentScripts: () => Promise.resolve([...ids].map((id) => ({ id }))),
    registerContentScripts: (scripts) => {
      for (const s of scripts) {
        ids.add(s.id);
        calls.push(`register ${s.matches.join(',')}${s.matchOriginAsFallback ? ' +fallback' : ''}`);
        expect(s).toMatchObject({ persistAcrossSessions: true, allFrames: true });
        expect(s.js).toEqual(['content-scripts/content.js']);
      }
      return Promise.resolve();
    },
    unregisterContentScripts: ({ ids: gone }) => {
      for (const id of gone) ids.delete(id);
      calls.push(`unregister ${gone.join(',')}`);
      return Promise.resolve();
    },
  };
  const permissions: PermissionsApi = {
    contains: ({ origins }) => Promise.resolve(origins.every((o) => granted.includes(o))),
  };
  return { scripting, permissions, calls, ids };
}

describe('syncRegistrations', () => {
  it('registers each granted origin once, persisting across sessions', async () => {
    const api = fakeApis([A, B, C]);
    await syncRegistrations([A, B, C], api.scripting, api.permissions);
    expect(api.calls).toEqual([
      `register ${A} +fallback`,
      `register ${B}`,
      `register ${C} +fallback`,
    ]);
    api.calls.length = 0;
    await syncRegistrations([A, B, C], api.scripting, api.permissions);
    expect(api.calls).toEqual([]);
  });

  it('never registers a refused pattern, even if configured', async () => {
    const api = fakeApis(['<all_urls>', '*://*/*', A]);
    const result = await syncRegistrations(
      ['<all_urls>', '*://*/*', A],
      api.scripting,
      api.permissions,
    );
    expect([...api.ids]).toEqual([scriptIdFor(A)]);
    expect(result.check.rejected.map((r) => r.problem)).toEqual(['all_urls', 'any_host']);
  });

  it('unregisters an origin removed from the configuration', async () => {
    const api = fakeApis([A, B], [scriptIdFor(A), scriptIdFor(B)]);
    await syncRegistrations([B], api.scripting, api.permissions);
    expect(api.calls).toEqual([`unregister ${scriptIdFor(A)}`]);
  });
});

describe('configuredOrigins / isUnpinnedBuild', () => {
  it('policy origins first, then the profile’s, once each', () => {
    expect(configuredOrigins({ terminalOrigins: [A, B] }, { matches: [B, C] })).toEqual([A, B, C]);
    expect(configuredOrigins({}, { matches: [C] })).toEqual([C]);
  });
  it('a build is unpinned when it declares optional host permissions', () => {
    expect(isUnpinnedBuild({ optional_host_permissions: ['https://*/*'] })).toBe(true);
    expect(isUnpinnedBuild({})).toBe(false);
  });
});
