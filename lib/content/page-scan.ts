/**
 * One full scan of the page for the live watcher, and what it leaves behind for the cheap paths:
 * the elements to watch (fields, the completion marker's elements, the labels the fields were
 * found by), what is still pending (missing fields, the marker not shown yet, the screens'
 * markers), and the marks the safety net compares against (pending presence, label texts, URL).
 */
import { extractPage, type Extraction } from '../profile/extract';
import type { TerminalProfile } from '../profile/schema';
import { extractionOnScreen } from '../profile/screens';
import { cacheMarker, type MarkerCache } from './marker';
import type { PendingLocator, WatchSet } from './relevance';
import { labelSnapshot, needsFullScan, pendingPresence, structureScope } from './scope';

export interface PageScan {
  extraction: Extraction;
  watch: WatchSet & { labels: Set<Node> };
  marker: MarkerCache | undefined;
  /** Elements whose text and value-like attributes the value observer watches. */
  valueTargets: Node[];
  /** Where the structure observer looks. */
  structureScope: Node;
  presenceAtScan: string;
  labelsAtScan: string;
  hrefAtScan: string;
}

function pendingOf(extraction: Extraction, profile: TerminalProfile): PendingLocator[] {
  const pending: PendingLocator[] = extraction.missing.flatMap((key) => {
    const spec = profile.fields[key];
    return spec ? [{ selector: spec.selector, label: spec.label }] : [];
  });
  const marker = profile.transactionComplete;
  if (marker && !extraction.transactionComplete)
    pending.push({ selector: marker.selector, text: marker.text });
  // A screen's marker showing or going is a screen change, whichever way it goes.
  for (const screen of profile.screens ?? [])
    if (screen.marker) pending.push({ selector: screen.marker.selector, text: screen.marker.text });
  return pending;
}

export function scanPage(doc: Document, profile: TerminalProfile, href: string): PageScan {
  const full = extractPage(doc, profile);
  const marker = cacheMarker(doc, profile.transactionComplete);
  const labels = new Set<Node>(full.labels?.values() ?? []);
  const watched = new Set<Node>([...full.elements.values(), ...(marker?.elements ?? [])]);
  const watch = { watched, pending: pendingOf(full, profile), labels };
  return {
    // As the screen means it (missing only among its fields); pending still lists every field.
    extraction: extractionOnScreen(full, profile, doc, href),
    watch,
    marker,
    valueTargets: [...watched, ...labels],
    structureScope: structureScope(doc, full.elements.values()),
    presenceAtScan: pendingPresence(doc, watch.pending),
    labelsAtScan: labelSnapshot(labels),
    hrefAtScan: href,
  };
}

/** The safety net's question: has the page moved on from what this scan saw? */
export function scanIsStale(doc: Document, scan: PageScan, href: string): boolean {
  const { watched, pending, labels } = scan.watch;
  return needsFullScan(doc, [...watched, ...labels], pending, scan.presenceAtScan, {
    labels,
    labelsAtScan: scan.labelsAtScan,
    hrefAtScan: scan.hrefAtScan,
    href,
  });
}
