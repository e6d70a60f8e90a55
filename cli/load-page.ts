/**
 * Loads a terminal page into jsdom, with its same-origin frames and without running any of its
 * scripts, decoded as the browser would (BOM, `--encoding`, HTTP charset, `<meta charset>`), and
 * with its declarative shadow roots attached in the page and every frame. Stylesheets and other
 * subresources are not fetched; cross-origin frames are left empty, as the browser hides them
 * from the extension.
 */
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { attachDeclarativeShadowRoots } from './declarative-shadow';
import { charsetOf, defaultEncodingWarning, encodingForLabel, sniffEncoding } from './encoding';
import { PageLoadError } from './page-target';

export { PageLoadError } from './page-target';

const LOAD_TIMEOUT_MS = 10_000;
const MAX_FRAME_DEPTH = 4;

export interface LoadOptions {
  /** `--encoding`: the WHATWG label to decode the page and its frames with. */
  encoding?: string;
}

export interface LoadedPage {
  dom: JSDOM;
  /** Warnings for stderr (e.g. an undeclared encoding that is not UTF-8). */
  warnings: string[];
}

interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

async function fetchBytes(url: string): Promise<Fetched> {
  const response = await fetch(url, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
    url: response.url || url,
  };
}

const isFrame = (element: Element | null) =>
  element?.localName === 'iframe' || element?.localName === 'frame';

/**
 * Frames of the page's own origin load (re-labelled with the `--encoding` override, if any);
 * everything else is answered with an empty body.
 */
function sameOriginFrames(origin: string, override: string | undefined) {
  return requestInterceptor(async (request, { element }) => {
    if (!element) return undefined; // the page itself
    if (!isFrame(element) || new URL(request.url).origin !== origin)
      return new Response('', { headers: { 'Content-Type': 'text/plain' } });
    if (!override) return undefined; // jsdom sniffs the frame: BOM, header, meta, then the parent's
    const frame = await fetchBytes(request.url).catch(() => null);
    return new Response(frame ? Buffer.from(frame.bytes) : '', {
      headers: { 'Content-Type': `text/html; charset=${override}` },
    });
  });
}

function whenLoaded(win: JSDOM['window'], ready: boolean) {
  return new Promise<void>((done) => {
    if (ready) return done();
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    win.addEventListener('load', () => {
      clearTimeout(timer);
      done();
    });
  });
}

function framesOf(roots: readonly (Document | ShadowRoot)[]): Element[] {
  return roots.flatMap((root) => Array.from(root.querySelectorAll('iframe, frame')));
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * Attaches declarative shadow roots in `doc` and, recursively, in its frames. (jsdom loads no
 * frame that sits inside a shadow root; `--browser` reads those.)
 */
function attachEverywhere(doc: Document, depth = 0): void {
  const shadows = attachDeclarativeShadowRoots(doc);
  if (depth >= MAX_FRAME_DEPTH) return;
  for (const frame of framesOf([doc, ...shadows])) {
    const inner = frameDocument(frame);
    if (inner) attachEverywhere(inner, depth + 1);
  }
}

/** The loaded page (`url` is http(s): see page-target.ts); call `dom.window.close()` when done. */
export async function loadPage(url: string, options: LoadOptions = {}): Promise<LoadedPage> {
  let page: Fetched;
  try {
    page = await fetchBytes(url);
  } catch (error) {
    const cause = error instanceof Error ? (error.cause ?? error) : error;
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    throw new PageLoadError(`cannot load page ${url}: ${reason}`);
  }
  const sniffed = sniffEncoding(page.bytes, {
    override: options.encoding,
    transportLabel: charsetOf(page.contentType),
  });
  const warning = defaultEncodingWarning(sniffed);
  const dom = new JSDOM(page.bytes, {
    url: page.url,
    contentType: `text/html; charset=${sniffed.encoding}`,
    resources: {
      interceptors: [
        sameOriginFrames(
          new URL(page.url).origin,
          (options.encoding && encodingForLabel(options.encoding)) || undefined,
        ),
      ],
    },
    virtualConsole: new VirtualConsole(),
  });
  const doc = dom.window.document;
  await whenLoaded(dom.window, doc.readyState === 'complete');
  if (!doc.body) {
    dom.window.close();
    throw new PageLoadError(`${url} is not an HTML page`);
  }
  attachEverywhere(doc);
  return { dom, warnings: warning ? [warning] : [] };
}
