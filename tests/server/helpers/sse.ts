/** An open event stream in a test: wait for the next event that matches, or see none arrive. */
import { sseParser, type SseEvent } from '../../../lib/sync/sse-parse';

export interface SseReader {
  /** Everything read so far, raw (to check nothing personal went down the wire). */
  raw(): string;
  events: SseEvent[];
  next(match: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): Promise<void>;
}

export function readSse(response: Response): SseReader {
  const body = response.body;
  if (!body) throw new Error('no body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let raw = '';
  let waiters: (() => void)[] = [];
  const feed = sseParser((e) => {
    events.push(e);
    for (const w of waiters) w();
  });
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const text = decoder.decode(value, { stream: true });
      raw += text;
      feed(text);
    }
  })().catch(() => undefined);
  return {
    raw: () => raw,
    events,
    next: (match, timeoutMs = 5_000) =>
      new Promise<SseEvent>((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(
            new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`),
          );
        }, timeoutMs);
        waiters.push(check);
        check();
      }),
    close: async () => {
      await reader.cancel().catch(() => undefined);
      await pump;
    },
  };
}
