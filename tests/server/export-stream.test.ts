// @vitest-environment node
/** The streamed download behind the export: pull-driven, and it reports exactly how it ended. */
import { describe, expect, it } from 'vitest';
import { exportStream, mapPages, type ExportOutcome } from '../../server/http/export-stream';

const encoder = {
  start: () => '[',
  page: (rows: number[], first: boolean) => (first ? '' : ',') + rows.join(','),
  end: () => ']',
};

async function* pages(count: number, failAt?: number): AsyncGenerator<number[]> {
  for (let i = 0; i < count; i++) {
    await Promise.resolve(); // a database round trip
    if (i === failAt) throw new Error('database went away');
    yield [i * 2, i * 2 + 1];
  }
}

function recorder() {
  const ends: [ExportOutcome, number][] = [];
  return {
    ends,
    onEnd: (outcome: ExportOutcome, rows: number) =>
      Promise.resolve(void ends.push([outcome, rows])),
  };
}

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('exportStream', () => {
  it('writes start, pages and end, then reports completed with the row count', async () => {
    const r = recorder();
    expect(await text(exportStream(pages(3), encoder, r.onEnd))).toBe('[0,1,2,3,4,5]');
    expect(r.ends).toEqual([['completed', 6]]);
  });

  it('asks for a page only when the reader wants one (backpressure)', async () => {
    let produced = 0;
    async function* counting(): AsyncGenerator<number[]> {
      for (let i = 0; i < 100; i++) {
        await Promise.resolve();
        produced++;
        yield [i];
      }
    }
    const reader = exportStream(counting(), encoder, () => Promise.resolve()).getReader();
    await reader.read();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced).toBeLessThanOrEqual(3);
    await reader.cancel();
  });

  it('a failing page errors the stream (no silently short file) and reports failed', async () => {
    const r = recorder();
    await expect(text(exportStream(pages(5, 2), encoder, r.onEnd))).rejects.toThrow(
      'database went away',
    );
    expect(r.ends).toEqual([['failed', 4]]);
  });

  it('a reader that gives up is reported as aborted, once, and the page source is closed', async () => {
    const r = recorder();
    let closed = false;
    async function* source(): AsyncGenerator<number[]> {
      try {
        for (let i = 0; ; i++) {
          await Promise.resolve();
          yield [i];
        }
      } finally {
        closed = true;
      }
    }
    const reader = exportStream(source(), encoder, r.onEnd).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    await reader.cancel();
    expect(r.ends).toEqual([['aborted', 1]]);
    expect(closed).toBe(true);
  });

  it('when the completion cannot be recorded, the download fails instead of completing', async () => {
    const stream = exportStream(pages(1), encoder, (outcome) =>
      outcome === 'completed' ? Promise.reject(new Error('audit down')) : Promise.resolve(),
    );
    await expect(text(stream)).rejects.toThrow('audit down');
  });

  it('mapPages maps page by page', async () => {
    const out: string[][] = [];
    for await (const page of mapPages(pages(2), (n) => `#${n}`)) out.push(page);
    expect(out).toEqual([
      ['#0', '#1'],
      ['#2', '#3'],
    ]);
  });
});
