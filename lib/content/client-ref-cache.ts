/**
 * Turns the identity read in this frame into the client reference (HMAC with the branch key)
 * before anything leaves the frame. Only the latest input/reference pair is held, in memory, so
 * an unchanged number is not hashed again on every keystroke elsewhere.
 */
import { hmacHex, importBranchKey } from '../privacy/client-ref';
import type { IdentityHashInput } from '../profile/identity';
import type { ClientLink } from '../privacy/client-identity';

export interface ClientRefResult {
  clientRef: string;
  clientLink: ClientLink;
}

export function createClientRefCache(loadKey: () => Promise<string>) {
  let key: Promise<CryptoKey> | undefined;
  let last: { input: string; ref: Promise<ClientRefResult | undefined> } | undefined;
  return function refFor(
    identity: IdentityHashInput | null | undefined,
  ): Promise<ClientRefResult | undefined> {
    if (!identity) return Promise.resolve(undefined);
    if (last?.input === identity.input) return last.ref;
    key ??= loadKey().then(importBranchKey);
    const ref = key
      .then((k) => hmacHex(k, identity.input))
      .then((clientRef) => ({ clientRef, clientLink: identity.link }))
      .catch(() => undefined);
    last = { input: identity.input, ref };
    return ref;
  };
}
