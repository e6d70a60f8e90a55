/**
 * What a profile's `clientIdentity` means, resolved without zod (the content script imports this):
 * which fields tell clients apart on screen, which of them link visits (a full card, account,
 * customer or ID number), and whether a masked one may link weakly with the name's initial.
 */
import { DEFAULT_CLIENT_IDENTITY, IDENTITY_KINDS, type IdentityKind } from './format';
import type { TerminalProfile } from './schema';
import {
  numberHashInput,
  weakHashInput,
  type ClientLink,
  type NumberIdentityKind,
} from '../privacy/client-identity';

export interface IdentityEntry {
  field: string;
  /** Undefined: the field only tells clients apart on screen, it links nothing. */
  kind?: IdentityKind;
  /** A masked value of this number links weakly with the name's initial. */
  weak: boolean;
}

/** The kind of the well-known field keys (an entry may name another field with `kind`). */
const KIND_OF_KEY: Readonly<Record<string, IdentityKind>> = {
  accountNumber: 'account',
  cardNumber: 'card',
  customerNumber: 'customer',
  idNumber: 'id',
  clientName: 'name',
};

const isNumberKind = (kind: IdentityKind | undefined): kind is NumberIdentityKind =>
  kind !== undefined && kind !== 'name' && (IDENTITY_KINDS as readonly string[]).includes(kind);

/** The profile's identity entries (its defaults when it lists none), for fields it has. */
export function identityEntries(profile: Pick<TerminalProfile, 'clientIdentity' | 'fields'>) {
  const configured =
    profile.clientIdentity.length > 0 ? profile.clientIdentity : [...DEFAULT_CLIENT_IDENTITY];
  const entries = configured.map((item): IdentityEntry => {
    const spec = typeof item === 'string' ? { field: item } : item;
    const kind = spec.kind ?? KIND_OF_KEY[spec.field];
    return { field: spec.field, kind, weak: isNumberKind(kind) && spec.weak !== false };
  });
  return entries.filter((entry) => entry.field in profile.fields);
}

/** The fields that tell clients apart on screen, in the profile's order. */
export function identityFields(
  profile: Pick<TerminalProfile, 'clientIdentity' | 'fields'>,
): string[] {
  return identityEntries(profile).map((entry) => entry.field);
}

/**
 * The entries that link visits: the identity entries, plus `accountNumber` when the profile reads
 * it without listing it (it has always linked visits; profiles written before may not list it).
 */
export function linkingEntries(
  profile: Pick<TerminalProfile, 'clientIdentity' | 'fields'>,
): IdentityEntry[] {
  const entries = identityEntries(profile);
  const listed = entries.some((e) => e.field === 'accountNumber');
  return listed || !('accountNumber' in profile.fields)
    ? entries
    : [...entries, { field: 'accountNumber', kind: 'account', weak: true }];
}

export interface IdentityHashInput {
  /** The exact string to hash (../privacy/client-identity). Holds a full number: hash, drop. */
  input: string;
  link: ClientLink;
}

/**
 * What this frame's values link the client by: the first full number in the profile's order,
 * else the first masked number that links weakly with the name. Null: nothing links.
 */
export function identityHashInput(
  entries: readonly IdentityEntry[],
  values: Readonly<Record<string, string | null | undefined>>,
): IdentityHashInput | null {
  for (const entry of entries) {
    const value = values[entry.field];
    if (!value || !isNumberKind(entry.kind)) continue;
    const input = numberHashInput(entry.kind, value);
    if (input) return { input, link: 'number' };
  }
  const nameField = entries.find((e) => e.kind === 'name')?.field ?? 'clientName';
  const name = values[nameField];
  if (!name) return null;
  for (const entry of entries) {
    const value = values[entry.field];
    if (!value || !entry.weak) continue;
    const input = weakHashInput(value, name);
    if (input) return { input, link: 'weak' };
  }
  return null;
}
