/** The fixture server: content types, a pattern's charset (serve.json), and nothing outside. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../support/server/fixture-server';

interface RawResponse {
  status: number;
  type: string;
  location: string;
  body: string;
}

/** Sends the path byte-for-byte (fetch() would normalise ../ away before it leaves). */
function raw(base: string, urlPath: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: urlPath }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          location: String(res.headers.location ?? ''),
          body: Buffer.concat(chunks).toString('latin1'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let server: FixtureServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sidekick-fixtures-'));
  const files: Record<string, string | Buffer> = {
    'plain/index.html': '<!doctype html><title>plain</title>',
    'plain/app.js': 'console.log(1)',
    'plain/style.css': 'body{}',
    'gbk/serve.json': '{ "charset": "GBK" }',
    'gbk/main.htm': Buffer.from([0xbd, 0xf0, 0xb6, 0xee]), // 金额 in GBK
    'meta/serve.json': '{ "charset": null }',
    'meta/index.html': '<meta charset="gbk">',
    'broken/serve.json': '{ "charset": "GBK", "encoding": "x" }',
    'broken/index.html': 'x',
    'secret.txt': 'outside any pattern',
  };
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), body);
  }
  server = await startFixtureServer({ root });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('fixture server', () => {
  it.each([
    ['/plain/', 200, 'text/html; charset=utf-8'],
    ['/plain/index.html', 200, 'text/html; charset=utf-8'],
    ['/plain/app.js', 200, 'text/javascript; charset=utf-8'],
    ['/plain/style.css', 200, 'text/css; charset=utf-8'],
    ['/gbk/main.htm', 200, 'text/html; charset=GBK'],
    ['/meta/index.html', 200, 'text/html'],
  ])('GET %s → %i %s', async (urlPath, status, type) => {
    const res = await raw(server.url, urlPath);
    expect([res.status, res.type]).toEqual([status, type]);
  });

  it('sends the bytes as they are on disk (no re-encoding)', async () => {
    const res = await raw(server.url, '/gbk/main.htm');
    expect(Buffer.from(res.body, 'latin1')).toEqual(Buffer.from([0xbd, 0xf0, 0xb6, 0xee]));
  });

  it('redirects a pattern folder without its slash, so relative links stay inside it', async () => {
    const res = await raw(server.url, '/plain');
    expect([res.status, res.location]).toEqual([301, '/plain/']);
  });

  it.each([
    ['/plain/../secret.txt', 403],
    ['/plain/%2e%2e/secret.txt', 403],
    ['/secret.txt', 404],
    ['/', 404],
    ['/plain/missing.html', 404],
    ['/plain/%E0%A4%A', 400],
  ])('GET %s → %i', async (urlPath, status) => {
    expect((await raw(server.url, urlPath)).status).toBe(status);
  });

  it('refuses to guess when serve.json is malformed', async () => {
    expect((await raw(server.url, '/broken/index.html')).status).toBe(500);
  });
});
