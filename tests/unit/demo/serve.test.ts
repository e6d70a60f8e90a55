import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/serve.ts';

interface RawResponse {
  status: number;
  type: string;
  body: string;
}

/** Sends the path byte-for-byte (fetch() would normalise ../ away before it leaves). */
function raw(base: string, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await demo.close();
});

describe('demo server', () => {
  it('listens on a random local port when asked for port 0', () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.url).not.toMatch(/:0$/);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', '<title>柜面业务系统 · Teller Terminal</title>'],
    ['/index.html?scenario=cash-small', 'text/html; charset=utf-8', 'id="client-frame"'],
    ['/client-frame.html', 'text/html; charset=utf-8', '<th>客户姓名</th>'],
    ['/terminal.css', 'text/css; charset=utf-8', '#demo-toolbar'],
    ['/terminal.js', 'text/javascript; charset=utf-8', 'createTxnController'],
    ['/scenarios.js', 'text/javascript; charset=utf-8', 'time-deposit-vip'],
    ['/vendor/nzh/dist/nzh.cn.min.js', 'text/javascript; charset=utf-8', 'Nzh'],
  ])('serves %s as %s', async (path, type, snippet) => {
    const res = await raw(demo.url, path);
    expect(res.status).toBe(200);
    expect(res.type).toBe(type);
    expect(res.body).toContain(snippet);
  });

  it('loads the nzh script that index.html asks for', async () => {
    const index = await raw(demo.url, '/');
    const src = /<script src="([^"]+nzh[^"]+)"/.exec(index.body)?.[1];
    expect(src).toBeDefined();
    expect((await raw(demo.url, src ?? '')).status).toBe(200);
  });

  it('serves heavy.html: the same terminal plus the benchmark load module', async () => {
    const res = await raw(demo.url, '/heavy.html?rate=300');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<main id="txn-area"');
    expect(res.body).toContain('<script type="module" src="heavy.js"></script>');
    expect((await raw(demo.url, '/heavy.js')).status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/../../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/..%2f..%2fpackage.json',
    '/vendor/nzh/../../package.json',
    '/vendor/nzh/..%2f..%2f..%2fpackage.json',
    '/vendor/nzh/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/..%5c..%5cpackage.json',
    '/terminal.js%00.html',
  ])('refuses to leave the served folders: %s', async (path) => {
    const res = await raw(demo.url, path);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('teller-sidekick');
    expect(res.body).not.toContain('root:');
  });

  it.each(['/nope.html', '/vendor/other/x.js', '/vendor/nzh/missing.js', '/vendor/nzh/'])(
    'answers 404 for %s',
    async (path) => {
      const res = await raw(demo.url, path);
      expect(res.status).toBe(404);
      expect(res.type).toBe('text/plain; charset=utf-8');
    },
  );

  it('answers 400 for a malformed percent-encoding', async () => {
    expect((await raw(demo.url, '/%E0%A4%A')).status).toBe(400);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await raw(demo.url, '/', 'POST')).status).toBe(405);
    const head = await raw(demo.url, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
