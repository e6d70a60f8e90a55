/**
 * Where fields are looked up: the document, the documents of its same-origin frames and the open
 * shadow roots of both, recursively. Cross-origin frames are skipped (their fields count as
 * missing). No `instanceof` checks: frames have their own realm, so node types are compared.
 */

export type SearchRoot = Document | ShadowRoot;

const SHOW_ELEMENT = 1;
const MAX_FRAME_DEPTH = 4;

/** The document inside a frame element, or null when it is cross-origin or not loaded. */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin access error
  }
}

function openShadowRoots(root: SearchRoot): ShadowRoot[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const found: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRoots(shadow));
  }
  return found;
}

function framesIn(root: SearchRoot): Element[] {
  return Array.from(root.querySelectorAll('iframe, frame'));
}

/** The document and its open shadow roots (no frames). */
function ownRoots(doc: Document): SearchRoot[] {
  return [doc, ...openShadowRoots(doc)];
}

/** Every root reachable from `doc`: itself, its shadow roots, then its frames' roots. */
export function allRoots(doc: Document, depth = 0): SearchRoot[] {
  const own = ownRoots(doc);
  if (depth >= MAX_FRAME_DEPTH) return own;
  const nested = own.flatMap(framesIn).flatMap((frame) => {
    const inner = frameDocument(frame);
    return inner ? allRoots(inner, depth + 1) : [];
  });
  return [...own, ...nested];
}

function isInsideMatchingFrame(doc: Document, frameSelector: string): boolean {
  try {
    const host = doc.defaultView?.frameElement;
    return !!host && host.matches(frameSelector);
  } catch {
    return false;
  }
}

/**
 * Roots inside the frames matching `frameSelector`. When `doc` itself is that frame's document
 * (a content script running inside the frame), `doc` counts too.
 */
export function frameRoots(doc: Document, frameSelector: string): SearchRoot[] {
  if (isInsideMatchingFrame(doc, frameSelector)) return allRoots(doc);
  let frames: Element[];
  try {
    frames = Array.from(doc.querySelectorAll(frameSelector));
    // Only walk shadow roots and nested frames when the frame is not a plain child of the page.
    if (frames.length === 0) {
      frames = allRoots(doc).flatMap((root) => Array.from(root.querySelectorAll(frameSelector)));
    }
  } catch {
    return []; // invalid selector: nothing matches
  }
  return frames.flatMap((frame) => {
    const inner = frameDocument(frame);
    return inner ? allRoots(inner) : [];
  });
}
