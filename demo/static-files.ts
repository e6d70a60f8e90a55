import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder served at `/`. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/** The installed nzh package, served at `/vendor/nzh/` (its dist/ has a browser UMD build). */
export const NZH_DIR = path.dirname(createRequire(import.meta.url).resolve('nzh'));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved =
  | { kind: 'file'; filePath: string }
  | { kind: 'heavy' }
  | { kind: 'bad-request' }
  | { kind: 'forbidden' };

/** `relative` (already decoded) under `root`, or `forbidden` when it would leave `root`. */
export function inside(root: string, relative: string): Resolved {
  const filePath = path.resolve(root, `.${path.sep}${relative}`);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  const within = filePath.startsWith(rootWithSep) || filePath === path.resolve(root);
  return within ? { kind: 'file', filePath } : { kind: 'forbidden' };
}

export type Decoded =
  { kind: 'path'; path: string } | { kind: 'bad-request' } | { kind: 'forbidden' };

/**
 * Decodes a request path (still percent-encoded, query already removed). Anything that could
 * leave a served folder after decoding (`..`, a backslash, a NUL) is `forbidden`.
 */
export function decodeRequestPath(rawPath: string): Decoded {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  if (decoded.split('/').includes('..')) return { kind: 'forbidden' };
  return { kind: 'path', path: decoded };
}

/**
 * Maps a request path (still percent-encoded, query already removed) to a file on disk.
 * Anything that would leave the served folders after decoding is `forbidden`.
 */
export function resolveRequestPath(rawPath: string): Resolved {
  const result = decodeRequestPath(rawPath);
  if (result.kind !== 'path') return result;
  const decoded = result.path;
  if (decoded === '/' || decoded === '')
    return { kind: 'file', filePath: path.join(PUBLIC_DIR, 'index.html') };
  if (decoded === '/heavy.html') return { kind: 'heavy' };
  const vendor = '/vendor/nzh/';
  if (decoded.startsWith(vendor)) return inside(NZH_DIR, decoded.slice(vendor.length));
  return inside(PUBLIC_DIR, decoded);
}
