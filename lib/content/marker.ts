/**
 * The "transaction complete" marker as the live watcher follows it between full scans. A full scan
 * notes where the marker can show: the elements its selector matches (in the document, its open
 * shadow roots and same-origin frames, or only in the frame it names), or, for a text-only marker,
 * the roots whose text is searched. The fast re-read then checks just those, so a status element
 * that is already on the page and only changes its text ("处理中" → "交易成功") completes the
 * transaction on the value path, with the same answer the full extraction gives.
 */
import type { CompletionMarker } from '../profile/completion';
import { allRoots, frameRoots, type SearchRoot } from '../profile/roots';

export interface MarkerCache {
  marker: CompletionMarker;
  /** Elements matching the marker's selector at the last full scan (none for a text-only marker). */
  elements: Element[];
  /** The roots searched at the last full scan (text-only markers read their text). */
  roots: SearchRoot[];
}

function rootsOf(doc: Document, marker: CompletionMarker): SearchRoot[] {
  return marker.frame ? frameRoots(doc, marker.frame) : allRoots(doc);
}

function matching(root: SearchRoot, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector is reported by the full extraction
  }
}

/** Notes where the marker can show; undefined when the profile has no marker. */
export function cacheMarker(
  doc: Document,
  marker: CompletionMarker | undefined,
): MarkerCache | undefined {
  if (!marker) return undefined;
  const roots = rootsOf(doc, marker);
  const selector = marker.selector;
  const elements = selector ? roots.flatMap((root) => matching(root, selector)) : [];
  return { marker, elements, roots };
}

function rootText(root: SearchRoot): string {
  return root.nodeType === 9
    ? ((root as Document).body?.textContent ?? '')
    : (root.textContent ?? '');
}

function rootGone(root: SearchRoot): boolean {
  if (root.nodeType === 9) return (root as Document).defaultView === null; // a frame navigated away
  return !(root as ShadowRoot).host.isConnected;
}

/**
 * Whether the marker shows now, from the noted elements or roots only; null when one of them left
 * the page (the caller then runs the full extraction). A marker element that appears later is a
 * structure change, seen by the observer or the safety net, not here.
 */
export function markerShowsNow(cache: MarkerCache): boolean | null {
  const { marker } = cache;
  const wanted = marker.text;
  if (marker.selector) {
    if (cache.elements.some((element) => !element.isConnected)) return null;
    return wanted
      ? cache.elements.some((element) => (element.textContent ?? '').includes(wanted))
      : cache.elements.length > 0;
  }
  if (!wanted) return false;
  if (cache.roots.some(rootGone)) return null;
  return cache.roots.some((root) => rootText(root).includes(wanted));
}
