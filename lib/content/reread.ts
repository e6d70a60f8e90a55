/**
 * The live watcher's fast path: when only a watched field's value changed (typing, a cell's text),
 * read the elements the last full extraction found again instead of searching the page (label
 * index, frames, shadow roots) from scratch. Returns null when a cached element left the page —
 * the caller then runs the full extraction.
 */
import { presentValue, type Extraction, type ExtractedField } from '../profile/extract';
import { isNeverRead, isPasswordNow, readValue } from '../profile/read';
import type { TerminalProfile } from '../profile/schema';
import { frameDocument } from '../profile/roots';

/** The "transaction complete" marker by selector in this document and its same-origin frames. */
function markerPresent(
  doc: Document,
  marker: TerminalProfile['transactionComplete'],
): boolean | undefined {
  if (!marker?.selector || marker.frame) return undefined; // text-only or framed markers: full path
  const docs = [
    doc,
    ...Array.from(doc.querySelectorAll('iframe, frame'), frameDocument).filter(
      (d): d is Document => d !== null,
    ),
  ];
  return docs.some((d) => {
    const found = Array.from(d.querySelectorAll(marker.selector ?? ''));
    return marker.text
      ? found.some((el) => (el.textContent ?? '').includes(marker.text ?? ''))
      : found.length > 0;
  });
}

/** The full never-read verdict (labels, names, selectors) per element, computed once. */
const verdicts = new WeakMap<Element, boolean>();

function refused(element: Element, profile: TerminalProfile): boolean {
  let verdict = verdicts.get(element);
  if (verdict === undefined)
    verdicts.set(element, (verdict = isNeverRead(element, profile.neverRead)));
  return verdict || isPasswordNow(element);
}

export function rereadExtraction(
  prev: Extraction,
  profile: TerminalProfile,
  doc: Document,
): Extraction | null {
  const transactionComplete = markerPresent(doc, profile.transactionComplete);
  if (transactionComplete === undefined) return null;
  const fields: Record<string, ExtractedField> = { ...prev.fields };
  for (const [key, element] of prev.elements) {
    const spec = profile.fields[key];
    if (!spec || !element.isConnected) return null;
    if (refused(element, profile)) return null;
    fields[key] = {
      found: true,
      refused: false,
      value: presentValue(readValue(element, spec.read, spec.attribute), profile),
    };
  }
  return { ...prev, fields, transactionComplete };
}
