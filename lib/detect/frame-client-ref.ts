/**
 * Which frame's client reference the tab shows: the newest one made from a full number, else the
 * newest weak one (a client frame showing only a masked card must not override the account
 * number read in the transaction frame). A report without `clientLink` came from a full number.
 */
import type { ClientLink } from '../privacy/client-identity';
import type { FrameReport } from './live-detection';

export function pickClientRef(
  frames: Readonly<Record<string, FrameReport>>,
): { clientRef: string; clientLink: ClientLink } | undefined {
  const newestFirst = Object.values(frames).sort((a, b) => b.at - a.at);
  for (const link of ['number', 'weak'] as const) {
    const found = newestFirst.find((f) => f.clientRef && (f.clientLink ?? 'number') === link);
    if (found?.clientRef) return { clientRef: found.clientRef, clientLink: link };
  }
  return undefined;
}
