/**
 * The visit at the counter, so one visit gets one referral of a kind even where nothing on screen
 * identifies the client. A new visit (a new random id, no PII) starts when:
 * - another client appears (the client key changes from one client to another);
 * - the screen was empty and fills again without identifying anyone (same client's key: same visit);
 * - with no identity in this visit, a new transaction starts after the completion marker.
 * While the screen is empty the visit is remembered, so the same client coming back on the next
 * screen of the terminal stays in the same visit.
 */
import type { LiveDetection } from './live-detection';

export interface VisitInput {
  clientKey: string;
  clientPresent: boolean;
  transactionComplete: boolean;
}

type Previous = Pick<
  LiveDetection,
  'visitId' | 'visitClientKey' | 'clientPresent' | 'transactionComplete'
>;

export function nextVisit(
  previous: Previous | undefined,
  now: VisitInput,
  newId: () => string = () => crypto.randomUUID(),
): { visitId?: string; visitClientKey?: string } {
  const prevId = previous?.visitId;
  const prevKey = previous?.visitClientKey ?? '';
  const keep = (key: string) => ({
    ...(prevId ? { visitId: prevId } : {}),
    ...(key ? { visitClientKey: key } : {}),
  });
  if (!now.clientPresent) return keep(prevKey);
  const fresh = () => ({
    visitId: newId(),
    ...(now.clientKey ? { visitClientKey: now.clientKey } : {}),
  });
  if (!prevId) return fresh();
  if (now.clientKey && prevKey && now.clientKey !== prevKey) return fresh();
  if (!now.clientKey && !previous?.clientPresent) return fresh();
  const complete = previous?.transactionComplete === true && !now.transactionComplete;
  if (!now.clientKey && !prevKey && complete) return fresh();
  return keep(now.clientKey || prevKey);
}
