import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../../../lib/profile/builtin/index';
import { demoProfile } from '../../../lib/profile/builtin/demo';
import { parseProfile, parseProfileText } from '../../../lib/profile/parse';
import { createProfileStore } from '../../../lib/profile/store';

/** A small valid profile as an admin would write it (defaults left out). */
function minimal(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'acme-core',
    name: 'ACME 核心柜面',
    version: '2025.06',
    matches: ['https://teller.acme.example/*'],
    fields: {
      amount: { label: '交易金额' },
      businessType: { selector: '#txnCode', read: 'value', required: true },
    },
  };
}

function with_(patch: (profile: Record<string, unknown>) => void): Record<string, unknown> {
  const profile = minimal();
  patch(profile);
  return profile;
}

function fields(profile: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return profile.fields as Record<string, Record<string, unknown>>;
}

describe('parseProfile', () => {
  it('accepts the built-in demo profile exactly as shipped', () => {
    const result = parseProfile(demoProfile);
    expect(result).toEqual({ ok: true, profile: demoProfile });
    expect(Object.keys(BUILTIN_PROFILES)).toEqual(['demo']);
  });

  it('fills defaults in a minimal profile', () => {
    const result = parseProfile(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.fields.amount).toEqual({
      label: '交易金额',
      read: 'auto',
      required: false,
    });
    expect(result.profile.businessTypes).toEqual([]);
    expect(result.profile.emptyValues).toContain('—');
  });

  it.each([
    [
      'a selector without a value',
      with_((p) => (fields(p).amount = { selector: '' })),
      'fields.amount.selector',
    ],
    [
      'neither selector nor label',
      with_((p) => (fields(p).amount = { read: 'text' })),
      'fields.amount.selector',
    ],
    [
      'an unknown read mode',
      with_((p) => (fields(p).amount = { label: '金额', read: 'innerHTML' })),
      'fields.amount.read',
    ],
    [
      'attribute mode without a name',
      with_((p) => (fields(p).amount = { label: '金额', read: 'attribute' })),
      'fields.amount.attribute',
    ],
    [
      'a typo in a field key',
      with_((p) => (fields(p).amount = { lable: '金额' })),
      'fields.amount.lable',
    ],
    ['a bad field name', with_((p) => (fields(p)['my field'] = { label: 'x' })), 'fields.my field'],
    [
      'a PIN label',
      with_((p) => (fields(p).pinpad = { label: '交易密码' })),
      'fields.pinpad.label',
    ],
    [
      'a password selector',
      with_((p) => (fields(p).secret1 = { selector: 'input[type=password]' })),
      'fields.secret1.selector',
    ],
    [
      'a CVV selector',
      with_((p) => (fields(p).code = { selector: '#cardCvv2' })),
      'fields.code.selector',
    ],
    [
      'a 安全码 label',
      with_((p) => (fields(p).code = { label: '卡片安全码' })),
      'fields.code.label',
    ],
    [
      'a pin_code selector',
      with_((p) => (fields(p).code = { selector: '[name=pin_code]' })),
      'fields.code.selector',
    ],
    [
      'a field named password',
      with_((p) => (fields(p).password = { label: '备注' })),
      'fields.password',
    ],
    [
      'a field on a neverRead label',
      with_((p) => {
        fields(p).auth = { label: '授权码' };
        p.neverRead = { labels: ['授权码'] };
      }),
      'fields.auth.label',
    ],
    ['no match pattern', with_((p) => (p.matches = [])), 'matches'],
    ['a malformed match pattern', with_((p) => (p.matches = ['teller.acme.example'])), 'matches.0'],
    [
      'an unknown signal kind',
      with_((p) => (p.businessTypes = [{ kind: 'vip', codes: ['0102'] }])),
      'businessTypes.0.kind',
    ],
    [
      'a mapping with no code or label',
      with_((p) => (p.businessTypes = [{ kind: 'time_deposit' }])),
      'businessTypes.0.codes',
    ],
    [
      'a broken remarks regex',
      with_((p) => (p.remarksRules = [{ kind: 'premium_card', pattern: '金卡(' }])),
      'remarksRules.0.pattern',
    ],
    [
      'a remarks rule on a missing field',
      with_((p) => (p.remarksRules = [{ kind: 'premium_card', pattern: '金卡' }])),
      'remarksRules.0.fields.0',
    ],
    [
      'a client identity on a missing field',
      with_((p) => (p.clientIdentity = ['cardNo'])),
      'clientIdentity.0',
    ],
    [
      'an empty completion marker',
      with_((p) => (p.transactionComplete = {})),
      'transactionComplete',
    ],
    [
      'a lowercase currency',
      with_((p) => (p.decimalCommaCurrencies = ['eur'])),
      'decimalCommaCurrencies.0',
    ],
    ['a bad id', with_((p) => (p.id = 'ACME Core')), 'id'],
    ['a missing version', with_((p) => delete p.version), 'version'],
    ['an unknown top-level key', with_((p) => (p.colour = 'blue')), 'colour'],
    ['a wrong schema version', with_((p) => (p.schemaVersion = 2)), 'schemaVersion'],
  ])('rejects %s, naming %s', (_what, json, path) => {
    const result = parseProfile(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toContain(path);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(3);
  });

  it('says why a PIN field is rejected', () => {
    const result = parseProfile(with_((p) => (fields(p).pinpad = { label: '交易密码' })));
    expect(!result.ok && result.errors[0]?.message).toMatch(/never be read/);
  });

  it('does not mistake ordinary fields for secrets', () => {
    const result = parseProfile(
      with_((p) => {
        fields(p).pinyin = { label: '姓名拼音' };
        fields(p).shipping = { selector: '#shippingAddress' };
        fields(p).spinner = { selector: '.spinner-value' };
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports bad JSON text at the root', () => {
    const result = parseProfileText('{ "id": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.path).toBe('(root)');
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [null, undefined, 42, 'profile', [], { fields: null }]) {
      expect(parseProfile(junk).ok).toBe(false);
    }
  });
});

describe('profile store', () => {
  it('keeps the last valid profile when a new one is invalid', () => {
    const store = createProfileStore(demoProfile);
    const bad = store.load(with_((p) => (fields(p).amount = {})));
    expect(bad.ok).toBe(false);
    expect(store.current()).toBe(demoProfile);
    const good = store.load(minimal());
    expect(good.ok).toBe(true);
    expect(store.current().id).toBe('acme-core');
    store.load({ nonsense: true });
    expect(store.current().id).toBe('acme-core');
  });
});
