import { describe, expect, it } from 'vitest';
import { identityEntries, identityHashInput, linkingEntries } from '../../../lib/profile/identity';
import { parseProfile } from '../../../lib/profile/parse';
import { pickClientRef } from '../../../lib/detect/frame-client-ref';
import type { FrameReport } from '../../../lib/detect/live-detection';

const base = {
  schemaVersion: 1,
  id: 'bank',
  name: 'Bank',
  version: '1',
  matches: ['https://teller.bank.example/*'],
};
const field = (selector: string) => ({ selector });

function profileWith(clientIdentity: unknown, fields: string[]) {
  const parsed = parseProfile({
    ...base,
    fields: Object.fromEntries(fields.map((k) => [k, field(`#${k}`)])),
    clientIdentity,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.profile;
}

describe('clientIdentity: which fields link visits, and how', () => {
  it('accepts field keys and objects, and refuses an object naming no field', () => {
    expect(() =>
      profileWith(['cardNumber', { field: 'custNo', kind: 'customer' }], ['cardNumber', 'custNo']),
    ).not.toThrow();
    const bad = parseProfile({
      ...base,
      fields: { cardNumber: field('#c') },
      clientIdentity: [{ field: 'custNo', kind: 'customer' }],
    });
    expect(bad.ok).toBe(false);
    const badKind = parseProfile({
      ...base,
      fields: { custNo: field('#c') },
      clientIdentity: [{ field: 'custNo', kind: 'passport' }],
    });
    expect(badKind.ok).toBe(false);
  });

  it.each<[string, unknown, string[], Record<string, string>, string | null, string]>([
    [
      'the first full number in the profile’s order wins',
      ['idNumber', 'cardNumber'],
      ['idNumber', 'cardNumber'],
      { idNumber: '110101199003071234', cardNumber: '6222021234567890' },
      'id:110101199003071234',
      'number',
    ],
    [
      'a customer number by its well-known key',
      ['customerNumber', 'clientName'],
      ['customerNumber', 'clientName'],
      { customerNumber: 'C 0012-3456', clientName: '李四' },
      'cust:C00123456',
      'number',
    ],
    [
      'another key named as a customer number',
      [{ field: 'custNo', kind: 'customer' }],
      ['custNo'],
      { custNo: '880012345' },
      'cust:880012345',
      'number',
    ],
    [
      'a masked card falls back to the weak link with the name',
      ['cardNumber', 'clientName'],
      ['cardNumber', 'clientName'],
      { cardNumber: '6222 **** **** 1234', clientName: '张伟' },
      'weak:1234|张',
      'weak',
    ],
    [
      'a full account number beats a masked card (it is tried first)',
      ['cardNumber', 'clientName'],
      ['cardNumber', 'clientName', 'accountNumber'],
      { cardNumber: '6222 **** **** 1234', clientName: '张伟', accountNumber: '6230581234567890' },
      '6230581234567890',
      'number',
    ],
    [
      'accountNumber links even when a profile written earlier does not list it',
      ['clientName'],
      ['clientName', 'accountNumber'],
      { clientName: '张伟', accountNumber: '6230 5812 3456 7890' },
      '6230581234567890',
      'number',
    ],
    [
      '"weak": false turns the weak link off',
      [{ field: 'cardNumber', weak: false }, 'clientName'],
      ['cardNumber', 'clientName'],
      { cardNumber: '6222 **** **** 1234', clientName: '张伟' },
      null,
      '',
    ],
    [
      'a name alone links nothing',
      ['clientName'],
      ['clientName'],
      { clientName: '张伟' },
      null,
      '',
    ],
  ])('%s', (_label, clientIdentity, fields, values, input, link) => {
    const profile = profileWith(clientIdentity, fields);
    const got = identityHashInput(linkingEntries(profile), values);
    expect(got).toEqual(input === null ? null : { input, link });
  });

  it('the client key still uses only the listed fields (accountNumber is not added there)', () => {
    const profile = profileWith(['clientName'], ['clientName', 'accountNumber']);
    expect(identityEntries(profile).map((e) => e.field)).toEqual(['clientName']);
  });
});

describe('which frame’s reference the tab shows', () => {
  const frame = (at: number, clientRef?: string, clientLink?: 'number' | 'weak'): FrameReport => ({
    fields: {},
    missing: [],
    transactionComplete: false,
    profileVersion: 'p@1',
    at,
    ...(clientRef ? { clientRef } : {}),
    ...(clientLink ? { clientLink } : {}),
  });
  const a = 'a'.repeat(64);
  const b = 'b'.repeat(64);

  it('a full number’s reference wins over a newer weak one', () => {
    expect(pickClientRef({ 0: frame(1, a, 'number'), 1: frame(2, b, 'weak') })).toEqual({
      clientRef: a,
      clientLink: 'number',
    });
  });

  it('the weak one when nothing better; none when no frame has one', () => {
    expect(pickClientRef({ 0: frame(1), 1: frame(2, b, 'weak') })).toEqual({
      clientRef: b,
      clientLink: 'weak',
    });
    expect(pickClientRef({ 0: frame(1) })).toBeUndefined();
  });
});
