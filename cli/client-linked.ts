/**
 * Whether the extension would make a client reference (the keyed hash that links a client's
 * visits) from what one frame read. The one place the CLI's `clientLinked` check is decided: when
 * the identity rules change, change this function and both readers follow.
 *
 * Today the frame hashes the `accountNumber` field, and `clientRef` accepts it when it is 6–34
 * digits or letters once spaces and dashes are removed (lib/privacy/client-ref.ts).
 */
import { normaliseAccountNumber } from '../lib/privacy/client-ref';
import type { Extraction } from '../lib/profile/extract';

const HASHABLE = /^[0-9A-Z]{6,34}$/;

export function wouldLinkClient(extraction: Extraction): boolean {
  const account = extraction.fields.accountNumber?.value;
  return !!account && HASHABLE.test(normaliseAccountNumber(account));
}
