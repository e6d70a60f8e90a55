import { describe, expect, it } from 'vitest';
import { openQueueStream, type QueueStreamState } from '@/lib/sync/queue-stream';
import type { QueueEvent } from '@/lib/contracts/queue-events';

const ID = '8d3c9a52-7a35-4f7e-9d0e-2a4b8f1c6e01';
const streamOf = (...chunks: string[]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
        c.close();
      },
    }),
    { status: 200, headers: { 'content-type': 'text/event-stream' } },
  );

function run(responses: (() => Response | Promise<Response>)[], until: number) {
  const states: QueueStreamState[] = [];
  const events: QueueEvent[] = [];
  const waits: number[] = [];
  const headers: Record<string, string>[] = [];
  let ready = 0;
  let calls = 0;
  return new Promise<{
    states: typeof states;
    events: typeof events;
    waits: number[];
    ready: number;
    headers: typeof headers;
  }>((resolve) => {
    const stop = openQueueStream(
      { url: 'http://server/', token: 'tok' },
      {
        onReady: () => (ready += 1),
        onEvent: (e) => events.push(e),
        onState: (s) => {
          states.push(s);
          if (s === 'refused') resolve({ states, events, waits, ready, headers });
        },
      },
      {
        fetch: (url, init) => {
          expect(url).toBe('http://server/v1/referrals/queue/events');
          headers.push(init.headers);
          const next = responses[calls++];
          if (calls > until || !next) {
            stop();
            resolve({ states, events, waits, ready, headers });
            return new Promise<Response>(() => undefined);
          }
          return Promise.resolve(next());
        },
        wait: (ms) => (waits.push(ms), Promise.resolve()),
        random: () => 0.999,
        backoff: { baseMs: 1_000, maxMs: 8_000 },
      },
    );
  });
}

describe('openQueueStream', () => {
  it('sends the token, passes on valid events only, and reconnects at once after a stream that ran', async () => {
    const good = { referralId: ID, status: 'new', meetNow: true, withdrawn: false };
    const r = await run(
      [
        () =>
          streamOf(
            'event: ready\ndata: {"pollMs":1000}\n\n: keep-alive\n\n',
            `event: referral\nid: 0.1\ndata: ${JSON.stringify(good)}\n\n`,
            'event: referral\ndata: {"referralId":"not-an-id"}\n\nevent: referral\ndata: oops\n\n',
          ),
      ],
      1,
    );
    expect(r.headers[0]).toMatchObject({ Authorization: 'Bearer tok' });
    expect(r.events).toEqual([good]);
    expect(r.ready).toBe(1);
    expect(r.states.slice(0, 2)).toEqual(['connecting', 'live']);
    expect(r.waits).toEqual([0]);
  });

  it('backs off exponentially while the server is down, and resets once a stream runs', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    const r = await run(
      [
        down,
        () => new Response('no', { status: 503 }),
        down,
        down,
        down,
        () => streamOf('event: ready\ndata: {"pollMs":1000}\n\n'),
        down,
      ],
      7,
    );
    expect(r.waits).toEqual(
      [1_000, 2_000, 4_000, 8_000, 8_000, 0, 1_000].map((ms) =>
        Math.round(ms / 2 + (ms / 2) * 0.999),
      ),
    );
    expect(r.states).toContain('retrying');
  });

  it('stops for good when the token is refused', async () => {
    const r = await run([() => new Response('{}', { status: 401 })], 5);
    expect(r.states.at(-1)).toBe('refused');
    expect(r.waits).toEqual([]);
  });
});
