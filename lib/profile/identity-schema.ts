/**
 * `clientIdentity` in a profile: field keys (`["cardNumber", "clientName"]`), or objects that say
 * what a field with another key holds (`{ "field": "custNo", "kind": "customer" }`) or turn off
 * the weak link of a masked number (`"weak": false`). Meaning: ./identity.ts.
 */
import { z } from 'zod';
import { IDENTITY_KINDS } from './format';

const fieldKey = z.string().trim().min(1, 'must not be empty');

export const identityEntrySchema = z.union([
  fieldKey,
  z.strictObject({
    field: fieldKey,
    kind: z.enum(IDENTITY_KINDS).optional(),
    weak: z.boolean().optional(),
  }),
]);

export const clientIdentitySchema = z.array(identityEntrySchema).default([]);

/** The field an entry names. */
export const identityField = (entry: z.output<typeof identityEntrySchema>): string =>
  typeof entry === 'string' ? entry : entry.field;
