/**
 * Where the structure observer needs to look: the parent of the lowest common ancestor of the
 * watched elements of this document (so a re-render that replaces their container is seen), or
 * the whole document while nothing is known yet. Journals, tickers and clocks elsewhere on the
 * page are then not observed at all, so they cost the page nothing.
 */
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

/** Which pending locators are on the page now (selector match, or their text present). */
export function pendingPresence(doc: Document, pending: Locator[]): string {
  let text: string | undefined;
  return pending
    .map((p) => {
      if (p.selector) {
        try {
          return doc.querySelector(p.selector) ? '1' : '0';
        } catch {
          return '0';
        }
      }
      const wanted = p.label ?? p.text;
      return wanted && (text ??= doc.body?.textContent ?? '').includes(wanted) ? '1' : '0';
    })
    .join('');
}

/**
 * The slow safety net beside the scoped observer: a watched element left the page, or a pending
 * field or marker appeared or went since the last full scan (edge-triggered, so a label that is on
 * the page but cannot be resolved does not cause a scan every tick).
 */
export function needsFullScan(
  doc: Document,
  watched: Iterable<Node>,
  pending: Locator[],
  presenceAtScan: string,
): boolean {
  for (const node of watched) if (node.ownerDocument === doc && !node.isConnected) return true;
  return pendingPresence(doc, pending) !== presenceAtScan;
}
