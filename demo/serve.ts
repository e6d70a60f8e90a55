import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { heavyPageHtml } from './heavy-page.ts';
import { PUBLIC_DIR, contentTypeFor, resolveRequestPath } from './static-files.ts';

export interface DemoServerOptions {
  /** 0 = a random free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface DemoServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:5173 */
  url: string;
  close(): Promise<void>;
}

/** One complete response: never cached, never sniffed. */
export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  head: boolean,
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

/** The file's bytes, or null when there is no regular file at `filePath`. */
export async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    if (!(await stat(filePath)).isFile()) return null;
    return await readFile(filePath);
  } catch {
    return null;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = 'text/plain; charset=utf-8';
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, text, 'Method Not Allowed', head);
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  const resolved = resolveRequestPath(rawPath);
  if (resolved.kind === 'bad-request') return send(res, 400, text, 'Bad Request', head);
  if (resolved.kind === 'forbidden') return send(res, 403, text, 'Forbidden', head);
  if (resolved.kind === 'heavy') {
    const index = await readFile(path.join(PUBLIC_DIR, 'index.html'), 'utf8');
    return send(res, 200, contentTypeFor('heavy.html'), heavyPageHtml(index), head);
  }
  const body = await readIfFile(resolved.filePath);
  if (!body) return send(res, 404, text, 'Not Found', head);
  send(res, 200, contentTypeFor(resolved.filePath), body, head);
}

/**
 * Listens with `handle` on `host:port` (0 = a random free port); a request that throws gets a 500
 * (logged under `label`). Resolves once listening, with the base URL and a close() that also
 * drops kept-alive connections.
 */
export function listenHttp(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  host: string,
  label: string,
): Promise<DemoServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`[${label}] request failed`, error);
      if (!res.headersSent)
        send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error', false);
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Serves the demo teller terminal (demo/public) and /vendor/nzh/ from node_modules. */
export function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const { port = 0, host = '127.0.0.1' } = options;
  return listenHttp(handle, port, host, 'demo');
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const port = Number(process.env.PORT ?? 5173);
  startDemoServer({ port, host: process.env.HOST ?? '127.0.0.1' })
    .then((demo) => {
      console.log(`Demo teller terminal: ${demo.url}/`);
      console.log(`Heavy page (benchmarks): ${demo.url}/heavy.html?rate=300`);
      const stop = () => {
        demo.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error('[demo] could not start:', error);
      process.exit(1);
    });
}
