/**
 * Label-based field lookup for legacy terminals without stable ids: find the visible label text,
 * then the value next to it — a `<label for>` target, a control inside the label, the `<td>` after
 * a `<th>`, the `<dd>` after a `<dt>`, or simply the next sibling element.
 */
import type { SearchRoot } from './roots';

const SHOW_TEXT = 4;
const CONTROL = 'input, select, textarea, output';
const INLINE_WRAPPERS = new Set(['small', 'span', 'b', 'strong', 'em', 'i', 'font', 'nobr']);
const LABEL_CONTAINERS = 'label, th, td, dt, legend';
const SKIPPED_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'option',
  'textarea',
  'title',
]);

const CJK_GAP = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;

/**
 * Collapses whitespace (incl. full-width), drops the padding legacy terminals put between CJK
 * characters ("账\u3000\u3000号" → "账号"), folds full-width punctuation, drops trailing ":" and "*".
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(CJK_GAP, '')
    .trim()
    .replace(/^\*\s*/, '')
    .replace(/\s*[:*]+$/, '')
    .trim();
}

/** "金额 Amount" matches the label "金额": the label, then only ASCII (an English caption). */
function textMatchesLabel(text: string, label: string): boolean {
  if (text === label) return true;
  return text.startsWith(`${label} `) && /^[\x20-\x7E]+$/.test(text.slice(label.length));
}

function labelElementFor(textParent: Element): Element {
  if (INLINE_WRAPPERS.has(textParent.localName)) {
    const container = textParent.parentElement?.closest(LABEL_CONTAINERS);
    if (container && container === textParent.parentElement) return container;
  }
  return textParent;
}

function descendToControl(element: Element): Element {
  if (element.matches(CONTROL)) return element;
  const inner = element.querySelectorAll(CONTROL);
  return inner.length === 1 && inner[0] ? inner[0] : element;
}

function byId(node: Node, id: string): Element | null {
  const root = node.getRootNode();
  if (root.nodeType === 9 || root.nodeType === 11)
    return (root as Document | ShadowRoot).getElementById(id);
  return null;
}

/** The element holding the value for a label element, or null. */
export function valueElementForLabel(labelElement: Element): Element | null {
  if (labelElement.localName === 'label') {
    const forId = labelElement.getAttribute('for');
    const target = forId ? byId(labelElement, forId) : null;
    if (target) return target;
    const inner = labelElement.querySelector(CONTROL);
    if (inner) return inner;
  }
  const next = labelElement.nextElementSibling;
  return next ? descendToControl(next) : null;
}

/**
 * Finds, in one walk over `root`'s text, the label elements for every wanted label.
 * Returns label → label elements in document order.
 */
export function indexLabels(root: SearchRoot, wanted: ReadonlySet<string>): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  if (wanted.size === 0) return index;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return index;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const data = node.nodeValue ?? '';
    if (!parent || data.trim() === '' || data.length > 200 || SKIPPED_PARENTS.has(parent.localName))
      continue;
    const text = normalizeLabel(data);
    for (const label of wanted) {
      if (!textMatchesLabel(text, label)) continue;
      const list = index.get(label) ?? [];
      list.push(labelElementFor(parent));
      index.set(label, list);
    }
  }
  return index;
}
