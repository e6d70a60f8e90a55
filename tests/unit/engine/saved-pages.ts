/** Loads the demo terminal's saved pages (tests/fixtures/pages) into the test's jsdom document. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');

export interface SavedPage {
  dir: string;
  submitted: boolean;
  scenario: {
    id: string;
    client: { cardFull: string; name: string };
    form: { pin?: string; remarks?: string };
  };
}

export function savedPages(): SavedPage[] {
  const manifest = join(PAGES_DIR, 'manifest.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as SavedPage[]) : [];
}

/** Replaces `doc`'s body with the saved file's body (scripts dropped, none run). */
function fillFrom(doc: Document, file: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  // The frame's document is filled from its own file below, not fetched.
  parsed.querySelectorAll('iframe[src]').forEach((frame) => frame.removeAttribute('src'));
  doc.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)),
  );
}

/** Puts `index` into `doc` and each frame file into the frame its selector names. */
export function loadPageFiles(
  index: string,
  frames: Record<string, string>,
  doc: Document = document,
): void {
  fillFrom(doc, index);
  for (const [selector, file] of Object.entries(frames)) {
    const inner = doc.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
    if (!inner) throw new Error(`${index}: no frame ${selector}`);
    fillFrom(inner, file);
  }
}

/** Puts `<dir>/index.html` into `document` and `<dir>/client-frame.html` into its client frame. */
export function loadSavedPage(dir: string, doc: Document = document): void {
  loadPageFiles(
    join(PAGES_DIR, dir, 'index.html'),
    { '#client-frame': join(PAGES_DIR, dir, 'client-frame.html') },
    doc,
  );
}
