/**
 * Turns the account number read in this frame into the client reference (HMAC with the branch
 * key) before anything leaves the frame. Only the latest number/reference pair is held, in
 * memory, so an unchanged number is not hashed again on every keystroke elsewhere.
 */
import { clientRef, importBranchKey } from '../privacy/client-ref';

export function createClientRefCache(loadKey: () => Promise<string>) {
  let key: Promise<CryptoKey> | undefined;
  let last: { number: string; ref: Promise<string | undefined> } | undefined;
  return function refFor(accountNumber: string | null | undefined): Promise<string | undefined> {
    const number = accountNumber?.trim();
    if (!number) return Promise.resolve(undefined);
    if (last?.number === number) return last.ref;
    key ??= loadKey().then(importBranchKey);
    const ref = key.then((k) => clientRef(k, number)).catch(() => undefined);
    last = { number, ref };
    return ref;
  };
}
