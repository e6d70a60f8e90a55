import type { FieldSpec } from './schema';
import { indexAttributeLabels, type AttributeHit } from './label-attributes';
import { DEFAULT_LABEL_SOURCES, type LabelSource } from './label-options';
import { shownValue, valueElementForLabel } from './label-target';
import { indexLabels, normalizeLabel, type LabelHit, type LabelMatch } from './labels';
import { allRoots, frameRoots, type SearchRoot } from './roots';

/** What a lookup needs from a field spec (also used for the transaction-complete marker). */
export type Locator = Pick<FieldSpec, 'selector' | 'label' | 'frame' | 'labelFrom' | 'labelCase'>;
type LabelLocator = Pick<Locator, 'label' | 'labelCase'>;

/** Visible text first — exact, then ignoring case when asked, then with an English caption — then attributes. */
const TEXT_PASSES: readonly LabelMatch[] = ['exact', 'caseless', 'caption'];
const ATTRIBUTE_SOURCES = ['aria-label', 'placeholder'] as const;

/**
 * One lookup pass over a page. Roots, frame roots and label indexes are computed once and reused
 * by every field of the pass; build a new scope for each extraction (the page changes between).
 */
export class SearchScope {
  private everyRoot: SearchRoot[] | undefined;
  private readonly framed = new Map<string, SearchRoot[]>();
  private readonly labelIndexes = new Map<SearchRoot, Map<string, LabelHit[]>>();
  private readonly attributeIndexes = new Map<SearchRoot, Map<string, AttributeHit[]>>();
  /** Normalised label → matched ignoring case for some field. */
  private readonly wantedLabels = new Map<string, boolean>();
  /** Selectors that the page's DOM rejected as invalid. */
  readonly invalidSelectors = new Set<string>();
  /** The label element each value element was found by (the live watcher watches its text). */
  readonly labelElements = new Map<Element, Element>();

  constructor(
    readonly doc: Document,
    labels: Iterable<string | LabelLocator>,
  ) {
    for (const item of labels) {
      const spec = typeof item === 'string' ? { label: item } : item;
      if (spec.label) this.want(normalizeLabel(spec.label), spec.labelCase === 'insensitive');
    }
  }

  /** Adds a label to the index's list; true when the indexes must be built again. */
  private want(label: string, caseless: boolean): boolean {
    const known = this.wantedLabels.get(label);
    if (known === true || known === caseless) return false;
    this.wantedLabels.set(label, caseless);
    return true;
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

  private textHits(root: SearchRoot, label: string): LabelHit[] {
    let index = this.labelIndexes.get(root);
    if (!index) this.labelIndexes.set(root, (index = indexLabels(root, this.wantedLabels)));
    return index.get(label) ?? [];
  }

  private attributeHits(root: SearchRoot, label: string): AttributeHit[] {
    let index = this.attributeIndexes.get(root);
    if (!index)
      this.attributeIndexes.set(root, (index = indexAttributeLabels(root, this.wantedLabels)));
    return index.get(label) ?? [];
  }

  /** The control of the first label text, in pass order, that leads to one. */
  private byText(
    locator: Locator,
    label: string,
    sources: ReadonlySet<LabelSource>,
  ): Element | null {
    if (!sources.has('text') && !sources.has('heading')) return null;
    const caseless = locator.labelCase === 'insensitive';
    for (const match of TEXT_PASSES) {
      if (match === 'caseless' && !caseless) continue;
      for (const root of this.rootsFor(locator.frame)) {
        for (const hit of this.textHits(root, label)) {
          if (hit.match !== match || !sources.has(hit.heading ? 'heading' : 'text')) continue;
          const target = valueElementForLabel(hit.element);
          if (target) {
            this.labelElements.set(target, hit.element);
            return target;
          }
        }
      }
    }
    return null;
  }

  /** A control named by its aria-label, then by its placeholder. */
  private byAttribute(
    locator: Locator,
    label: string,
    sources: ReadonlySet<LabelSource>,
  ): Element | null {
    const caseless = locator.labelCase === 'insensitive';
    for (const ignoreCase of caseless ? [false, true] : [false]) {
      for (const source of ATTRIBUTE_SOURCES) {
        if (!sources.has(source)) continue;
        for (const root of this.rootsFor(locator.frame)) {
          const hit = this.attributeHits(root, label).find(
            (candidate) => candidate.source === source && candidate.caseless === ignoreCase,
          );
          if (hit) return shownValue(hit.element);
        }
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
    if (!locator.label) return null;
    const label = normalizeLabel(locator.label);
    if (this.want(label, locator.labelCase === 'insensitive')) {
      this.labelIndexes.clear(); // not announced up front: index again with it
      this.attributeIndexes.clear();
    }
    const sources = new Set(locator.labelFrom ?? DEFAULT_LABEL_SOURCES);
    return this.byText(locator, label, sources) ?? this.byAttribute(locator, label, sources);
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
