/**
 * Serves one folder on 127.0.0.1 for the length of a run, so a saved page and its frames load
 * over HTTP from one origin, as the terminal's do (file: URLs are each their own origin in
 * Chromium, and jsdom lets nothing intercept them). Nothing above the folder is served: with
 * `--browser` the page's own scripts run and may request any path.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

export interface ServedFolder {
  /** The http URL of a file inside the folder. */
  urlOf(absolutePath: string): string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<ServedFolder> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = resolve(
        root,
        `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`,
      );
    } catch {
      return void response.writeHead(400).end();
    }
    if (path !== root && !path.startsWith(root + sep)) return void response.writeHead(404).end();
    readFile(path).then(
      // No charset: the page declares its own, as a terminal's server usually leaves it to.
      (body) =>
        response
          .writeHead(200, {
            'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urlOf: (absolutePath) =>
      `${base}/${resolve(absolutePath)
        .slice(root.length + 1)
        .split(sep)
        .map(encodeURIComponent)
        .join('/')}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
