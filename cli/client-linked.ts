/**
 * Whether the extension would make a client reference (the keyed hash that links a client's
 * visits) from what one frame read. The one place the CLI's `clientLinked` check is decided, with
 * the very rule the content script uses (lib/profile/identity.ts): the first full card, account,
 * customer or ID number in the profile's order, else a masked number with the name's initial.
 */
import type { Extraction } from '../lib/profile/extract';
import { identityHashInput, linkingEntries } from '../lib/profile/identity';
import type { TerminalProfile } from '../lib/profile/schema';

export function wouldLinkClient(extraction: Extraction, profile: TerminalProfile): boolean {
  const values = Object.fromEntries(
    Object.entries(extraction.fields).map(([key, field]) => [key, field.value]),
  );
  return identityHashInput(linkingEntries(profile), values) !== null;
}
