/**
 * The live watcher's fast path: when only a watched field's value changed (typing, a cell's text),
 * read the elements the last full extraction found again instead of searching the page (label
 * index, frames, shadow roots) from scratch. Returns null when a cached element left the page —
 * the caller then runs the full extraction.
 */
import { presentValue, type Extraction, type ExtractedField } from '../profile/extract';
import { isNeverRead, isPasswordNow, readValue } from '../profile/read';
import type { TerminalProfile } from '../profile/schema';
import { cacheMarker, markerShowsNow, type MarkerCache } from './marker';

/** The full never-read verdict (labels, names, selectors) per element, computed once. */
const verdicts = new WeakMap<Element, boolean>();

function refused(element: Element, profile: TerminalProfile): boolean {
  let verdict = verdicts.get(element);
  if (verdict === undefined)
    verdicts.set(element, (verdict = isNeverRead(element, profile.neverRead)));
  return verdict || isPasswordNow(element);
}

/**
 * `marker`: where the last full scan saw the completion marker (noted again from `doc` when not
 * given), so the marker is answered here as on the full path: by selector and text, text-only,
 * in shadow roots and frames.
 */
export function rereadExtraction(
  prev: Extraction,
  profile: TerminalProfile,
  doc: Document,
  marker: MarkerCache | undefined = cacheMarker(doc, profile.transactionComplete),
): Extraction | null {
  const transactionComplete = marker ? markerShowsNow(marker) : false;
  if (transactionComplete === null) return null;
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
