/** Constants of the terminal profile format, shared by the zod schema and the zod-free runtime. */

export const READ_MODES = ['auto', 'value', 'text', 'selectedText', 'attribute'] as const;
export const MASK_MODES = ['last4', 'initial', 'band', 'text'] as const;

/** Field keys with a meaning to the engine. Other keys (`term`, `purpose`, …) are read and shown masked. */
export const KNOWN_FIELD_KEYS = [
  'businessType',
  'amount',
  'currency',
  'amountWords',
  'remarks',
  'accountNumber',
  'cardNumber',
  'clientName',
  'clientLevel',
  'idNumber',
  'phone',
] as const;

/** Fields that identify the client, in the order used when a profile leaves `clientIdentity` empty. */
export const DEFAULT_CLIENT_IDENTITY = [
  'cardNumber',
  'idNumber',
  'clientName',
  'accountNumber',
] as const;

/**
 * What an identity field holds: a number that links visits (card, account, customer, ID) or the
 * client's name (tells clients apart on screen and gives the initial of a weak link).
 */
export const IDENTITY_KINDS = ['card', 'account', 'customer', 'id', 'name'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
