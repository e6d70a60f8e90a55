/**
 * Serves the terminal-pattern fixtures (tests/fixtures/terminals/<pattern>/…) at
 * http://127.0.0.1:<port>/<pattern>/…, the way a bank's web server would: real content types,
 * and for a legacy pattern the charset its `serve.json` asks for. Used by the e2e tests and by
 * anyone who wants to look at a fixture in a browser (`npx tsx support/server/fixture-server.ts`).
 *
 * `serve.json` (optional, in a pattern's folder): `{ "charset": "GBK" }` sends its text files
 * (HTML, CSS, JS) as `…; charset=GBK`; `{ "charset": null }` sends them with no charset at all,
 * so the page's own `<meta charset>` (or BOM) decides, as on many old terminals. Without it: UTF-8.
 */
import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { listenHttp, readIfFile, send, type DemoServer } from '../../demo/serve.ts';
import { contentTypeFor, decodeRequestPath, inside } from '../../demo/static-files.ts';

/** The folder of pattern fixtures, one sub-folder a pattern. */
export const TERMINALS_DIR = fileURLToPath(
  new URL('../../tests/fixtures/terminals/', import.meta.url),
);

/** The pattern folders (their names, sorted), read synchronously: tests are declared from it. */
export function patternNames(root: string = TERMINALS_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export const serveOptionsSchema = z.strictObject({
  /** Charset of the pattern's text files; null = none in the header (the page's meta decides). */
  charset: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'a charset name such as GBK or gb18030')
    .nullable()
    .optional(),
});
export type ServeOptions = z.infer<typeof serveOptionsSchema>;

export interface FixtureServerOptions {
  /** Default: tests/fixtures/terminals. */
  root?: string;
  /** 0 = a random free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1 (the extension's default host permission). */
  host?: string;
}

export type FixtureServer = DemoServer;

const TEXT_TYPE = /^(text\/[a-z]+); charset=utf-8$/;

/** The content type of `filePath` with the pattern's charset in place of UTF-8. */
export function fixtureContentType(filePath: string, options: ServeOptions): string {
  const type = contentTypeFor(filePath);
  const text = TEXT_TYPE.exec(type);
  if (!text?.[1] || options.charset === undefined) return type;
  return options.charset === null ? text[1] : `${text[1]}; charset=${options.charset}`;
}

/** A pattern's serve.json; a malformed one is an error (a typo must not silently serve UTF-8). */
export async function readServeOptions(patternDir: string): Promise<ServeOptions> {
  const file = path.join(patternDir, 'serve.json');
  const body = await readIfFile(file);
  if (!body) return {};
  const parsed = serveOptionsSchema.safeParse(JSON.parse(body.toString('utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function isDirectory(filePath: string): Promise<boolean> {
  return stat(filePath).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

function handlerFor(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const text = 'text/plain; charset=utf-8';
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, text, 'Method Not Allowed', head);
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const decoded = decodeRequestPath(rawPath);
    if (decoded.kind === 'bad-request') return send(res, 400, text, 'Bad Request', head);
    if (decoded.kind === 'forbidden') return send(res, 403, text, 'Forbidden', head);
    const pattern = decoded.path.split('/')[1] ?? '';
    const resolved = inside(root, decoded.path);
    // Only what lies in a pattern's folder is served.
    if (resolved.kind !== 'file' || !pattern || !(await isDirectory(path.join(root, pattern))))
      return send(res, 404, text, 'Not Found', head);
    const directory = await isDirectory(resolved.filePath);
    if (directory && !decoded.path.endsWith('/')) {
      // Relative links in the index page must resolve inside the pattern's folder.
      res.setHeader('Location', `${rawPath}/`);
      return send(res, 301, text, 'Moved Permanently', head);
    }
    const filePath = directory ? path.join(resolved.filePath, 'index.html') : resolved.filePath;
    const body = await readIfFile(filePath);
    if (!body) return send(res, 404, text, 'Not Found', head);
    const options = await readServeOptions(path.join(root, pattern));
    send(res, 200, fixtureContentType(filePath, options), body, head);
  };
}

/** Starts the fixture server; `url` has no trailing slash (`${url}/baseline-table/index.html`). */
export function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const { root = TERMINALS_DIR, port = 0, host = '127.0.0.1' } = options;
  return listenHttp(handlerFor(path.resolve(root)), port, host, 'fixtures');
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  startFixtureServer({ port: Number(process.env.PORT ?? 5174) })
    .then((server) => console.log(`Terminal fixtures: ${server.url}/<pattern>/`))
    .catch((error: unknown) => {
      console.error('[fixtures] could not start:', error);
      process.exit(1);
    });
}
