/**
 * A download produced page by page: a pull-based ReadableStream asks for the next page only when
 * the client has taken the last one (Node's response applies backpressure), so an export of
 * 100,000 rows holds about one page in memory. `onEnd` runs exactly once with how it ended —
 * completed (before the final bytes go out: no audit, no complete file), failed (database error
 * mid-way: the client sees a broken download, not a short file) or aborted (the client went away).
 */
export type ExportOutcome = 'completed' | 'failed' | 'aborted';

export interface PageEncoder<T> {
  start(): string;
  page(rows: T[], first: boolean): string;
  end(): string;
}

export function exportStream<T>(
  pages: AsyncIterator<T[]>,
  encoder: PageEncoder<T>,
  onEnd: (outcome: ExportOutcome, rowCount: number) => Promise<void>,
): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  let started = false;
  let ended = false;
  let rowCount = 0;
  const end = async (outcome: ExportOutcome) => {
    if (ended) return;
    ended = true;
    await onEnd(outcome, rowCount);
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            controller.enqueue(bytes.encode(encoder.start()));
            return;
          }
          const next = await pages.next();
          if (next.done) {
            const tail = encoder.end();
            await end('completed');
            controller.enqueue(bytes.encode(tail));
            controller.close();
            return;
          }
          controller.enqueue(bytes.encode(encoder.page(next.value, rowCount === 0)));
          rowCount += next.value.length;
        } catch (error) {
          await end('failed').catch(() => undefined);
          controller.error(error);
        }
      },
      async cancel() {
        await end('aborted');
        await pages.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** Pages of `A` as pages of `B`, one page at a time. */
export async function* mapPages<A, B>(
  pages: AsyncIterable<A[]>,
  map: (item: A) => B,
): AsyncGenerator<B[]> {
  for await (const page of pages) yield page.map(map);
}
