import type { FieldSpec } from './schema';
import { indexLabels, normalizeLabel, valueElementForLabel } from './labels';
import { allRoots, frameRoots, type SearchRoot } from './roots';

/** What a lookup needs from a field spec (also used for the transaction-complete marker). */
export type Locator = Pick<FieldSpec, 'selector' | 'label' | 'frame'>;

/**
 * One lookup pass over a page. Roots, frame roots and label indexes are computed once and reused
 * by every field of the pass; build a new scope for each extraction (the page changes between).
 */
export class SearchScope {
  private everyRoot: SearchRoot[] | undefined;
  private readonly framed = new Map<string, SearchRoot[]>();
  private readonly labelIndexes = new Map<SearchRoot, Map<string, Element[]>>();
  private readonly wantedLabels: Set<string>;
  /** Selectors that the page's DOM rejected as invalid. */
  readonly invalidSelectors = new Set<string>();
  /** The label element each value element was found by (the live watcher watches its text). */
  readonly labelElements = new Map<Element, Element>();

  constructor(
    readonly doc: Document,
    labels: Iterable<string>,
  ) {
    this.wantedLabels = new Set(Array.from(labels, normalizeLabel));
  }

  /** Roots to search, main document first (cheap) before frames and shadow roots. */
  private *rootsFor(frame: string | undefined): Generator<SearchRoot> {
    if (frame) {
      let roots = this.framed.get(frame);
      if (!roots) this.framed.set(frame, (roots = frameRoots(this.doc, frame)));
      yield* roots;
      return;
    }
    yield this.doc;
    this.everyRoot ??= allRoots(this.doc);
    for (const root of this.everyRoot) if (root !== this.doc) yield root;
  }

  private bySelector(root: SearchRoot, selector: string): Element | null {
    try {
      return root.querySelector(selector);
    } catch {
      this.invalidSelectors.add(selector);
      return null;
    }
  }

  private byLabel(root: SearchRoot, label: string): Element | null {
    let index = this.labelIndexes.get(root);
    if (!index) this.labelIndexes.set(root, (index = indexLabels(root, this.wantedLabels)));
    for (const labelElement of index.get(label) ?? []) {
      const target = valueElementForLabel(labelElement);
      if (target) {
        this.labelElements.set(target, labelElement);
        return target;
      }
    }
    return null;
  }

  /** The element a locator points at, or null. The selector wins over the label when both are set. */
  find(locator: Locator): Element | null {
    if (locator.selector) {
      for (const root of this.rootsFor(locator.frame)) {
        const found = this.bySelector(root, locator.selector);
        if (found) return found;
      }
    }
    if (locator.label) {
      const label = normalizeLabel(locator.label);
      if (!this.wantedLabels.has(label)) {
        this.wantedLabels.add(label); // not announced up front: index again with it
        this.labelIndexes.clear();
      }
      for (const root of this.rootsFor(locator.frame)) {
        const found = this.byLabel(root, label);
        if (found) return found;
      }
    }
    return null;
  }

  /** Every element matching `selector` in the roots of `frame` (or everywhere). */
  findAll(selector: string, frame?: string): Element[] {
    const found: Element[] = [];
    for (const root of this.rootsFor(frame)) {
      try {
        found.push(...Array.from(root.querySelectorAll(selector)));
      } catch {
        this.invalidSelectors.add(selector);
        return [];
      }
    }
    return found;
  }

  /** The text of every root of `frame` (or everywhere), for text markers. */
  texts(frame?: string): string[] {
    return Array.from(this.rootsFor(frame), (root) =>
      root.nodeType === 9 ? ((root as Document).body?.textContent ?? '') : (root.textContent ?? ''),
    );
  }
}
