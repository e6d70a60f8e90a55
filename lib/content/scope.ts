/**
 * Where the structure observer needs to look: the parent of the lowest common ancestor of the
 * watched elements of this document (so a re-render that replaces their container is seen), or
 * the whole document while nothing is known yet. Journals, tickers and clocks elsewhere on the
 * page are then not observed at all, so they cost the page nothing.
 */
import { allRoots, type SearchRoot } from '../profile/roots';

function ancestors(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) chain.unshift(n);
  return chain;
}

export function structureScope(doc: Document, watched: Iterable<Node>): Node {
  let common: Node[] | undefined;
  for (const node of watched) {
    if (node.ownerDocument !== doc || !node.isConnected) continue;
    const chain = ancestors(node);
    if (!common) common = chain;
    else {
      let i = 0;
      while (i < common.length && i < chain.length && common[i] === chain[i]) i++;
      common = common.slice(0, i);
    }
  }
  const lca = common?.[common.length - 1];
  const parent = lca?.parentNode;
  if (!parent || parent === doc || parent === doc.documentElement || parent === doc.body)
    return doc;
  return parent;
}

type Locator = { selector?: string; label?: string; text?: string };

function presentIn(roots: SearchRoot[], p: Locator, texts: () => string[]): boolean {
  const wanted = p.label ?? p.text;
  if (p.selector) {
    const selector = p.selector;
    return roots.some((root) => {
      try {
        if (!wanted || p.label) return root.querySelector(selector) !== null;
        // A marker by selector and text: present only once an element holds the text.
        return Array.from(root.querySelectorAll(selector)).some((el) =>
          (el.textContent ?? '').includes(wanted),
        );
      } catch {
        return false;
      }
    });
  }
  return !!wanted && texts().some((text) => text.includes(wanted));
}

/**
 * Which pending locators are on the page now (selector match, or their text present), in the
 * document, its open shadow roots and same-origin frames — where the full extraction looks too.
 */
export function pendingPresence(doc: Document, pending: Locator[]): string {
  let others: SearchRoot[] | undefined;
  let bodyText: string[] | undefined;
  let otherTexts: string[] | undefined;
  const othersNow = () => (others ??= allRoots(doc).filter((root) => root !== doc));
  const textOf = (root: SearchRoot) =>
    root.nodeType === 9 ? ((root as Document).body?.textContent ?? '') : (root.textContent ?? '');
  return pending
    .map((p) =>
      // The document first (cheap); shadow roots and frames are walked only when needed.
      presentIn([doc], p, () => (bodyText ??= [textOf(doc)])) ||
      presentIn(othersNow(), p, () => (otherTexts ??= othersNow().map(textOf)))
        ? '1'
        : '0',
    )
    .join('');
}

/** The label elements' texts, to tell a label edited in place (the safety net's backstop). */
export function labelSnapshot(labels: Iterable<Node>): string {
  return Array.from(labels, (label) =>
    label.isConnected ? (label.textContent ?? '') : '\u0001',
  ).join('\u0000');
}

/** What the last full scan saw besides the watched elements and pending locators. */
export interface ScanMarks {
  labels: Iterable<Node>;
  labelsAtScan: string;
  hrefAtScan: string;
  href: string;
}

/**
 * The slow safety net beside the scoped observer: a watched element left the page, a pending
 * field or marker appeared or went since the last full scan (edge-triggered, so a label that is on
 * the page but cannot be resolved does not cause a scan every tick), a label the extraction used
 * changed its text, or the URL changed (an SPA's pushState navigation fires no event).
 */
export function needsFullScan(
  doc: Document,
  watched: Iterable<Node>,
  pending: Locator[],
  presenceAtScan: string,
  marks?: ScanMarks,
): boolean {
  for (const node of watched) if (node.ownerDocument === doc && !node.isConnected) return true;
  if (
    marks &&
    (marks.href !== marks.hrefAtScan || labelSnapshot(marks.labels) !== marks.labelsAtScan)
  )
    return true;
  return pendingPresence(doc, pending) !== presenceAtScan;
}
