/** Test helpers: build DOM from static markup without innerHTML (parsed, then adopted). */

export function nodesFrom(doc: Document, markup: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  return Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true));
}

export function setBody(doc: Document, markup: string): void {
  doc.body.replaceChildren(...nodesFrom(doc, markup));
}

/** Appends a same-origin iframe and fills its document. */
export function addFrame(doc: Document, id: string, markup: string): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.id = id;
  doc.body.append(frame);
  const inner = frame.contentDocument;
  if (!inner) throw new Error('iframe has no document');
  setBody(inner, markup);
  return frame;
}

/** Attaches a shadow root to a new host element and fills it. */
export function addShadow(
  doc: Document,
  markup: string,
  mode: ShadowRootMode = 'open',
): HTMLElement {
  const host = doc.createElement('div');
  doc.body.append(host);
  host.attachShadow({ mode }).append(...nodesFrom(doc, markup));
  return host;
}
