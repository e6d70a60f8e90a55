/** Which value is in force — server identity, policy, or this device — and what is locked. */
import { describe, expect, it } from 'vitest';
import {
  lockedChanges,
  localToStore,
  mergeSettings,
  type ServerIdentity,
} from '../../../lib/settings/merge';
import type { ManagedConfig } from '../../../lib/settings/managed-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const local: Settings = {
  ...DEFAULT_SETTINGS,
  role: 'lobby_manager',
  staffId: 'X9',
  branchId: '0202',
  lang: 'en',
};
const teller: ServerIdentity = { staffId: 'T001', role: 'teller', branchId: '0101' };
const cm: ServerIdentity = { staffId: 'M001', role: 'client_manager', branchId: '0101' };

describe('mergeSettings precedence', () => {
  const cases: {
    name: string;
    managed: ManagedConfig;
    server: ServerIdentity | null;
    want: Partial<Settings>;
    sources: Partial<Record<keyof Settings, string>>;
  }[] = [
    {
      name: 'unmanaged, not connected: the local values',
      managed: {},
      server: null,
      want: local,
      sources: { role: 'local', staffId: 'local', branchId: 'local', lang: 'local' },
    },
    {
      name: 'policy wins over local',
      managed: { branchId: '0303', language: 'zh_CN' },
      server: null,
      want: { branchId: '0303', lang: 'zh_CN', staffId: 'X9', role: 'lobby_manager' },
      sources: { branchId: 'managed', lang: 'managed', staffId: 'local' },
    },
    {
      name: 'server identity wins over policy and local (staff ID, branch)',
      managed: { branchId: '0303' },
      server: teller,
      want: { staffId: 'T001', branchId: '0101', role: 'cash_teller' },
      sources: { staffId: 'server', branchId: 'server', role: 'server' },
    },
    {
      name: 'a client-manager token makes the role client manager',
      managed: {},
      server: cm,
      want: { role: 'client_manager', staffId: 'M001' },
      sources: { role: 'server' },
    },
  ];
  it.each(cases)('$name', ({ managed, server, want, sources }) => {
    const merged = mergeSettings(local, managed, server);
    expect(merged.settings).toMatchObject(want);
    for (const [key, source] of Object.entries(sources))
      expect(merged.fields[key as keyof Settings].source, key).toBe(source);
  });

  it('keeps a teller token holder’s own choice between cash and non-cash teller', () => {
    const merged = mergeSettings({ ...local, role: 'non_cash_teller' }, {}, teller);
    expect(merged.settings.role).toBe('non_cash_teller');
    expect(merged.roleChoices).toEqual(['cash_teller', 'non_cash_teller']);
    expect(merged.fields.role.lock).toBeUndefined();
  });

  it('a policy’s counterLabel wins over the one typed at the PC, and is locked', () => {
    const withLabel = { ...local, counterLabel: '1号窗口' };
    const merged = mergeSettings(withLabel, { counterLabel: '3号窗口' }, null);
    expect(merged.settings.counterLabel).toBe('3号窗口');
    expect(merged.fields.counterLabel).toEqual({ source: 'managed', lock: 'managed' });
  });
});

describe('locked settings', () => {
  it('policy lockedSettings lock a local value without changing it', () => {
    const merged = mergeSettings(local, { lockedSettings: ['role'] }, null);
    expect(merged.settings.role).toBe('lobby_manager');
    expect(merged.fields.role).toEqual({ source: 'local', lock: 'policy' });
    expect(lockedChanges(merged, { ...local, role: 'cash_teller' })).toEqual(['role']);
    expect(lockedChanges(merged, { ...local, staffId: 'Y1' })).toEqual([]);
  });

  it('refuses changing a staff ID that comes from the token, and a role the token does not allow', () => {
    const merged = mergeSettings(local, {}, teller);
    expect(lockedChanges(merged, { ...merged.settings, staffId: 'T999' })).toEqual(['staffId']);
    expect(lockedChanges(merged, { ...merged.settings, role: 'supervisor' })).toEqual(['role']);
    expect(lockedChanges(merged, { ...merged.settings, role: 'non_cash_teller' })).toEqual([]);
  });

  it('refuses changing a value the policy sets', () => {
    const merged = mergeSettings(local, { language: 'zh_CN' }, null);
    expect(lockedChanges(merged, { ...merged.settings, lang: 'en' })).toEqual(['lang']);
  });

  it('does not copy a policy or server value into local storage', () => {
    const merged = mergeSettings(local, { language: 'zh_CN' }, teller);
    const next = { ...merged.settings, role: 'non_cash_teller' as const };
    expect(localToStore(merged, local, next)).toEqual({
      role: 'non_cash_teller',
      staffId: 'X9',
      branchId: '0202',
      lang: 'en',
      counterLabel: '',
      queueSound: false,
    });
  });

  it('with nothing managed and no server, everything may change', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, {}, null);
    expect(Object.values(merged.fields).every((f) => f.lock === undefined)).toBe(true);
    expect(lockedChanges(merged, local)).toEqual([]);
  });
});
