/**
 * Keeps a queue page listening to `GET /v1/referrals/queue/events`: fetch() with the bearer token
 * (EventSource cannot send one) read as a stream, events parsed and checked against the shared
 * contract, and a dropped connection retried with exponential backoff. A refused token stops the
 * stream (the page falls back to the periodic pull and says why); everything else is retried.
 */
import { QUEUE_EVENTS_PATH, queueEventSchema, type QueueEvent } from '../contracts/queue-events';
import { backoffDelay, type BackoffConfig } from './backoff';
import { urlFor, type ServerTarget } from './http-client';
import { sseParser } from './sse-parse';

export type QueueStreamState = 'connecting' | 'live' | 'retrying' | 'refused';

export interface QueueStreamHandlers {
  /** The stream is (again) open: reload the queue, something may have happened meanwhile. */
  onReady(): void;
  onEvent(event: QueueEvent): void;
  onState(state: QueueStreamState): void;
}

export interface QueueStreamDeps {
  fetch: (
    url: string,
    init: { headers: Record<string, string>; signal: AbortSignal },
  ) => Promise<Response>;
  wait: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  backoff: BackoffConfig;
}

export const QUEUE_STREAM_BACKOFF: BackoffConfig = { baseMs: 1_000, maxMs: 60_000 };

const defaultWait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Reads one connection to its end; true when it got as far as the `ready` event. */
async function readOnce(
  target: ServerTarget,
  handlers: QueueStreamHandlers,
  deps: QueueStreamDeps,
  signal: AbortSignal,
): Promise<'ended' | 'failed' | 'refused'> {
  const res = await deps.fetch(urlFor(target.url, QUEUE_EVENTS_PATH), {
    headers: { Authorization: `Bearer ${target.token}`, Accept: 'text/event-stream' },
    signal,
  });
  if (res.status === 401 || res.status === 403) return 'refused';
  if (!res.ok || !res.body) return 'failed';
  let ready = false;
  const feed = sseParser((e) => {
    if (e.event === 'ready') {
      ready = true;
      handlers.onState('live');
      handlers.onReady();
      return;
    }
    if (e.event !== 'referral') return;
    try {
      const parsed = queueEventSchema.safeParse(JSON.parse(e.data));
      if (parsed.success) handlers.onEvent(parsed.data);
    } catch {
      // not JSON: dropped, like any event that does not match the contract
    }
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    feed(value);
  }
  return ready ? 'ended' : 'failed';
}

/** Starts listening; the returned function stops for good. */
export function openQueueStream(
  target: ServerTarget,
  handlers: QueueStreamHandlers,
  deps: Partial<QueueStreamDeps> = {},
): () => void {
  const all: QueueStreamDeps = {
    fetch: deps.fetch ?? ((url, init) => fetch(url, init)),
    wait: deps.wait ?? defaultWait,
    random: deps.random ?? Math.random,
    backoff: deps.backoff ?? QUEUE_STREAM_BACKOFF,
  };
  const stop = new AbortController();
  void (async () => {
    let failures = 0;
    handlers.onState('connecting');
    while (!stop.signal.aborted) {
      const result = await readOnce(target, handlers, all, stop.signal).catch(
        () => 'failed' as const,
      );
      if (stop.signal.aborted) return;
      if (result === 'refused') return handlers.onState('refused');
      // A stream that ran and ended (the server closes it now and then) reconnects at once.
      failures = result === 'ended' ? 0 : failures + 1;
      handlers.onState('retrying');
      await all.wait(
        failures === 0 ? 0 : backoffDelay(failures, all.random, all.backoff),
        stop.signal,
      );
    }
  })();
  return () => stop.abort();
}
