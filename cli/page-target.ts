/**
 * The page the CLI was given, as a URL both readers (jsdom and Chromium) load: a live URL as is,
 * a saved file through a throwaway local server for its folder (so its frames are same-origin).
 */
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

export async function openTarget(target: string): Promise<PageTarget> {
  if (isUrl(target))
    return { url: target, printedUrl: target, isFile: false, close: () => Promise.resolve() };
  const absolute = resolve(target);
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
    url: served.urlOf(absolute),
    printedUrl: pathToFileURL(absolute).href,
    isFile: true,
    close: () => served.close(),
  };
}
