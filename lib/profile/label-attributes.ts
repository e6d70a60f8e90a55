/**
 * Labels that are not text on the page: a control's `aria-label`, or its `placeholder` (a form
 * without visible labels). Only controls count: an aria-label on a region or a button names no field.
 */
import { normalizeLabel, type WantedLabels } from './labels';
import type { SearchRoot } from './roots';

export type AttributeSource = 'aria-label' | 'placeholder';

export interface AttributeHit {
  element: Element;
  source: AttributeSource;
  caseless: boolean;
}

const NAMED_CONTROLS =
  'input[aria-label], input[placeholder], textarea[aria-label], textarea[placeholder], ' +
  'select[aria-label], [role="combobox"][aria-label], [role="textbox"][aria-label], [role="spinbutton"][aria-label]';
const SOURCES: readonly AttributeSource[] = ['aria-label', 'placeholder'];

/** Normalised label → the controls named by it, in document order (exact-case hits first). */
export function indexAttributeLabels(
  root: SearchRoot,
  wanted: WantedLabels,
): Map<string, AttributeHit[]> {
  const index = new Map<string, AttributeHit[]>();
  if (wanted.size === 0) return index;
  const caseless = new Map<string, string>();
  for (const [label, ignoreCase] of wanted)
    if (ignoreCase) caseless.set(label.toLowerCase(), label);
  for (const element of root.querySelectorAll(NAMED_CONTROLS)) {
    for (const source of SOURCES) {
      const value = element.getAttribute(source);
      if (!value) continue;
      const text = normalizeLabel(value);
      const exact = wanted.has(text);
      const label = exact ? text : caseless.get(text.toLowerCase());
      if (label === undefined) continue;
      const list = index.get(label) ?? [];
      list.push({ element, source, caseless: !exact });
      index.set(label, list);
    }
  }
  return index;
}
