/**
 * Loads a saved terminal page (file) or a live one (URL) into jsdom, with its same-origin frames
 * and without running any of its scripts. Stylesheets and other subresources are not fetched;
 * cross-origin frames are left empty, as a browser would hide them from the extension.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';

const LOAD_TIMEOUT_MS = 10_000;

export class PageLoadError extends Error {}

function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/** Fetch frames of the page's own origin only; answer everything else with an empty body. */
function framesOnly(pageOrigin: () => string | null) {
  return requestInterceptor((request, { element }) => {
    if (!element) return undefined; // the page itself
    const origin = pageOrigin();
    const isFrame = element.localName === 'iframe' || element.localName === 'frame';
    if (isFrame && origin !== null && new URL(request.url).origin === origin) return undefined;
    return new Response('', { headers: { 'Content-Type': isFrame ? 'text/html' : 'text/plain' } });
  });
}

function whenLoaded(dom: JSDOM): Promise<void> {
  return new Promise((done) => {
    if (dom.window.document.readyState === 'complete') return done();
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    dom.window.addEventListener('load', () => {
      clearTimeout(timer);
      done();
    });
  });
}

async function fromFile(path: string): Promise<JSDOM> {
  const absolute = resolve(path);
  let html: string;
  try {
    html = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new PageLoadError(
      `cannot read page ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  return new JSDOM(html, {
    url: pathToFileURL(absolute).href,
    resources: { interceptors: [framesOnly(() => null)] },
    virtualConsole: new VirtualConsole(),
  });
}

async function fromUrl(url: string): Promise<JSDOM> {
  let origin: string | null = null;
  try {
    origin = new URL(url).origin;
    return await JSDOM.fromURL(url, {
      resources: { interceptors: [framesOnly(() => origin)] },
      virtualConsole: new VirtualConsole(),
    });
  } catch (error) {
    throw new PageLoadError(
      `cannot load page ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The loaded page; call `window.close()` on the result when done. */
export async function loadPage(target: string): Promise<JSDOM> {
  const dom = isUrl(target) ? await fromUrl(target) : await fromFile(target);
  await whenLoaded(dom);
  if (!dom.window.document.body) throw new PageLoadError(`${target} is not an HTML page`);
  return dom;
}
