/**
 * GET /extension/update.xml and GET /extension/<name>.crx: the signed extension from
 * EXTENSION_DIR (what `npm run package` wrote), so the browsers' ExtensionInstallForcelist /
 * ExtensionSettings policies can point at the branch server itself. No token: the browser
 * fetches these before any token exists, and both files are public by nature (the .crx is what
 * every teller PC installs; it holds no secret). update.xml is served with its codebase pointing
 * at this server (PUBLIC_URL, else the address the request came to), so one package works on
 * every branch server.
 */
import { Hono } from 'hono';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppEnv } from '../http/env';
import { HttpError } from '../http/errors';
import type { Logger } from '../http/logger';
import { parseUpdateManifest, renderUpdateManifest } from '../extension/update-manifest';

/** The names a package's .crx may have: one path segment, no leading dot. */
const CRX_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.crx$/;

export interface ExtensionHostingDeps {
  /** EXTENSION_DIR; unset → every /extension/* answers 404. */
  dir?: string;
  /** PUBLIC_URL: this server's address as the browsers reach it (behind a reverse proxy). */
  publicUrl?: string;
  logger: Logger;
}

function notHosted(message: string): HttpError {
  return new HttpError(404, 'not_found', { message });
}

/** The file `name` directly inside `dir`, or null (missing, not a file, or a link out of it). */
async function fileInside(dir: string, name: string): Promise<string | null> {
  try {
    const root = await realpath(dir);
    const full = await realpath(path.join(root, name));
    if (path.dirname(full) !== root) return null;
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function extensionRoutes(deps: ExtensionHostingDeps) {
  const { dir } = deps;
  const app = new Hono<AppEnv>();
  if (!dir) {
    app.all('*', () => {
      throw notHosted('this server does not host the extension (EXTENSION_DIR is not set)');
    });
    return app;
  }

  app.get('/update.xml', async (c) => {
    const file = await fileInside(dir, 'update.xml');
    if (!file) throw notHosted('no update.xml in EXTENSION_DIR: run npm run package into it');
    let packaged;
    try {
      packaged = parseUpdateManifest(await readFile(file, 'utf8'));
    } catch (error) {
      deps.logger.error('extension package unusable', {
        message: error instanceof Error ? error.message : String(error),
      });
      throw new HttpError(500, 'extension_package_invalid', {
        message: 'update.xml in EXTENSION_DIR is not a valid update manifest; package again',
      });
    }
    const crxName = decodeURIComponent(new URL(packaged.codebase).pathname.split('/').pop() ?? '');
    if (!CRX_NAME.test(crxName) || !(await fileInside(dir, crxName)))
      throw notHosted(`update.xml names ${crxName || 'no file'}, which is not in EXTENSION_DIR`);
    const base = (deps.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    const xml = renderUpdateManifest({
      ...packaged,
      codebase: `${base}/extension/${encodeURIComponent(crxName)}`,
    });
    return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });

  app.get('/:file', async (c) => {
    const name = c.req.param('file');
    const file = CRX_NAME.test(name) ? await fileInside(dir, name) : null;
    if (!file) throw notHosted('no such file in the extension package');
    const body = await readFile(file);
    return c.body(body, 200, {
      'Content-Type': 'application/x-chrome-extension',
      'Content-Length': String(body.length),
    });
  });
  return app;
}
