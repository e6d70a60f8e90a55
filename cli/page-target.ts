/**
 * The page the CLI was given, as a URL both readers (jsdom and Chromium) load: a live URL as is,
 * a saved file through a throwaway local server for its folder (so its frames are same-origin).
 */
import { existsSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveFolder } from './serve-folder';

export class PageLoadError extends Error {}

export interface PageTarget {
  /** What the readers load (http(s)). */
  url: string;
  /** What the output shows: the live URL, or the file's own file: URL. */
  printedUrl: string;
  isFile: boolean;
  close(): Promise<void>;
}

export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/** "index.html#/deposit" → the file and the fragment (a hash-routed terminal's screen). */
function splitFragment(target: string): { path: string; fragment: string } {
  const at = target.indexOf('#');
  return at < 0 || existsSync(target)
    ? { path: target, fragment: '' }
    : { path: target.slice(0, at), fragment: target.slice(at) };
}

export async function openTarget(target: string): Promise<PageTarget> {
  if (isUrl(target))
    return { url: target, printedUrl: target, isFile: false, close: () => Promise.resolve() };
  const { path, fragment } = splitFragment(target);
  const absolute = resolve(path);
  try {
    await access(absolute, constants.R_OK);
    if (!(await stat(absolute)).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    throw new PageLoadError(
      `cannot read page ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const served = await serveFolder(dirname(absolute));
  return {
    url: served.urlOf(absolute) + fragment,
    printedUrl: pathToFileURL(absolute).href + fragment,
    isFile: true,
    close: () => served.close(),
  };
}
