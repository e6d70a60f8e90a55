/**
 * Label-based field lookup, first half: find the label texts a profile asks for, in one walk over
 * a root's text. Each hit says how it matched (exactly, ignoring case, or as a Chinese label
 * followed by an English caption) and whether it sits in a heading, legend or caption (used only
 * by fields that ask for headings). From a label to its control: label-target.ts.
 */
import type { SearchRoot } from './roots';

const SHOW_TEXT = 4;
/** Elements that are a label as a whole: text in a wrapper inside them (`<mat-label>`, `<span>`) climbs to them. */
const LABEL_CONTAINERS = 'label, th, td, dt';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"]';
const MAX_WRAPPER_DEPTH = 3;
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
const ASCII_ONLY = /^[\x20-\x7E]+$/;
const ENDS_NON_ASCII = /[^\x20-\x7E]$/;
const CJK_IDEOGRAPH = /^[\u3400-\u4dbf\u4e00-\u9fff]/;
/**
 * Characters NFKC turns into ideographs (radicals, kanbun, enclosed and squared forms,
 * compatibility ideographs incl. the supplement's high surrogate): a text holding one is never skipped.
 */
const BECOMES_IDEOGRAPH = '\\u2e80-\\u2fdf\\u3190-\\u319f\\u3200-\\u33ff\\uf900-\\ufaff\\ud87e';

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

/** `exact`, `caseless` (same letters, other case) or `caption` ("金额 Amount" for "金额"). */
export type LabelMatch = 'exact' | 'caseless' | 'caption';

export interface LabelHit {
  /** The label element: the text's parent, or the `<label>`/`<th>`/`<td>`/`<dt>` wrapping it. */
  element: Element;
  match: LabelMatch;
  /** Inside h1–h6, legend, caption or role=heading. */
  heading: boolean;
}

/** Normalised label → whether some field wants it matched ignoring case. */
export type WantedLabels = ReadonlyMap<string, boolean>;

interface Wanted {
  label: string;
  lower: string | null;
  captioned: boolean;
}

/**
 * A label matches its text exactly; ignoring case when asked; and a Chinese label also matches
 * the label followed by an English caption. An English label does not match a longer English
 * text ("Account" is not "Account Type").
 */
function matchOf(text: string, lower: string, wanted: Wanted): LabelMatch | null {
  if (text === wanted.label) return 'exact';
  if (wanted.lower !== null && lower === wanted.lower) return 'caseless';
  if (
    wanted.captioned &&
    text.startsWith(`${wanted.label} `) &&
    ASCII_ONLY.test(text.slice(wanted.label.length))
  )
    return 'caption';
  return null;
}

/** From the text's parent up through wrappers holding nothing else, to a label container if any. */
function labelElementFor(textParent: Element, text: string): Element {
  let element = textParent;
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH; depth++) {
    if (element.matches(LABEL_CONTAINERS)) return element;
    const up = element.parentElement;
    if (!up || up.childElementCount > 3 || normalizeLabel(up.textContent ?? '') !== text) break;
    element = up;
  }
  return element.matches(LABEL_CONTAINERS) ? element : textParent;
}

/**
 * A test that a raw text may hold one of the labels, so most texts skip normalising: when every
 * label starts with a Chinese character, a matching text contains one of those characters.
 * Null (no shortcut) when some label starts otherwise.
 */
function quickFilter(targets: readonly Wanted[]): RegExp | null {
  const firsts = new Set<string>();
  for (const { label } of targets) {
    if (!CJK_IDEOGRAPH.test(label)) return null;
    firsts.add(label.charAt(0));
  }
  return new RegExp(`[${[...firsts].join('')}${BECOMES_IDEOGRAPH}]`);
}

/**
 * Finds, in one walk over `root`'s text, the label elements for every wanted label.
 * Returns label → hits in document order.
 */
export function indexLabels(root: SearchRoot, wanted: WantedLabels): Map<string, LabelHit[]> {
  const index = new Map<string, LabelHit[]>();
  if (wanted.size === 0) return index;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return index;
  const targets: Wanted[] = Array.from(wanted, ([label, caseless]) => ({
    label,
    lower: caseless ? label.toLowerCase() : null,
    captioned: ENDS_NON_ASCII.test(label),
  }));
  const anyCaseless = targets.some((target) => target.lower !== null);
  const mayMatch = quickFilter(targets);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const data = node.nodeValue ?? '';
    if (!parent || data.trim() === '' || data.length > 200 || SKIPPED_PARENTS.has(parent.localName))
      continue;
    if (mayMatch && !mayMatch.test(data)) continue;
    const text = normalizeLabel(data);
    const lower = anyCaseless ? text.toLowerCase() : '';
    for (const target of targets) {
      const match = matchOf(text, lower, target);
      if (!match) continue;
      const hit = {
        element: labelElementFor(parent, text),
        match,
        heading: parent.closest(HEADINGS) !== null,
      };
      const list = index.get(target.label);
      if (list) list.push(hit);
      else index.set(target.label, [hit]);
    }
  }
  return index;
}
