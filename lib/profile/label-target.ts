/**
 * Label-based field lookup, second half: from a label element to the control (or value) it labels.
 * In order:
 * 1. a `<label for>` → the element with that id; a `<label>` wrapping a control → that control;
 * 2. an element whose `aria-labelledby` names the label's id (MUI's Select);
 * 3. the label's next sibling, past required markers and icons: a control, the one control inside
 *    it, or a value (a cell, an output, a text) — only a control for a `<label for>` whose id is gone;
 * 4. the form item around the label (mat-form-field, .ant-form-item, .el-form-item, a MUI
 *    FormControl, any wrapper `<div>`): the one control of the nearest ancestor that holds any.
 * A select drawn by a component library (a combobox) is read at the value it shows.
 * Null when the label leads to no control: the field is then missing, never "found but empty".
 */
import { normalizeLabel } from './labels';

/** What a field's value can be read from. Buttons and hidden inputs are not fields. */
const CONTROLS = [
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([aria-hidden="true"])',
  'select',
  'textarea',
  'output',
  '[role="combobox"]',
  '[role="textbox"]',
  '[role="spinbutton"]',
  '[contenteditable="true"]',
].join(', ');

/**
 * The value a component library's select shows beside its (read-only, empty) search input:
 * Angular Material, Ant Design, Element Plus (its placeholder element shows the selected label,
 * and is marked is-transparent while it shows the real placeholder).
 */
const SHOWN_SELECT_VALUE = [
  '.mat-mdc-select-value-text',
  '.mat-select-value-text',
  '.ant-select-selection-item',
  '.el-select__selected-item.el-select__placeholder:not(.is-transparent)',
].join(', ');

/** Siblings that are never the value: icons, buttons, aria-hidden required markers. */
const DECORATIONS = new Set(['i', 'svg', 'img', 'br', 'hr', 'button', 'script', 'style']);
/** Elements that are a value even while empty (an empty cell is an empty value, not a layout box). */
const VALUE_CELLS = new Set(['td', 'dd', 'output']);
/** Table and list layouts pair label and value by position only: no form-item search there. */
const POSITIONAL_LABELS = 'th, td, dt';
/** A form item never reaches past these. */
const ITEM_BOUNDARIES = 'form, table, fieldset, body';
const MAX_ITEM_DEPTH = 3;
const MAX_SELECT_DEPTH = 3;

/** Up to `limit` outermost controls in `scope` (itself included), outside `exclude`. */
function controlsIn(scope: Element, exclude: Element | null, limit = 2): Element[] {
  if (scope.matches(CONTROLS)) return [scope];
  const found: Element[] = [];
  for (const element of scope.querySelectorAll(CONTROLS)) {
    if (exclude?.contains(element) || found.some((outer) => outer.contains(element))) continue;
    found.push(element);
    if (found.length >= limit) break;
  }
  return found;
}

/** The element showing a control's value: a library select's displayed value, else the control. */
export function shownValue(control: Element): Element {
  if (control.getAttribute('role') !== 'combobox') return control;
  let scope: Element | null = control;
  for (let depth = 0; scope && depth <= MAX_SELECT_DEPTH; depth++) {
    if (depth > 0 && controlsIn(scope, null).length > 1) break; // reached another field
    const shown = scope.querySelectorAll(SHOWN_SELECT_VALUE);
    if (shown.length === 1 && shown[0]) return shown[0];
    if (shown.length > 1) return scope; // a multiple select: every chosen item
    scope = scope.parentElement;
  }
  return control;
}

function rootOf(node: Node): Document | ShadowRoot | null {
  const root = node.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as Document | ShadowRoot) : null;
}

function attributeValue(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

function forTarget(label: Element): Element | null {
  if (label.localName !== 'label') return null;
  const forId = label.getAttribute('for');
  const target = forId ? (rootOf(label)?.getElementById(forId) ?? null) : null;
  return target ?? label.querySelector(CONTROLS);
}

/** A control whose aria-labelledby lists the label's id. */
function labelledBy(label: Element): Element | null {
  const id = label.id;
  const root = id ? rootOf(label) : null;
  if (!root) return null;
  for (const element of root.querySelectorAll(`[aria-labelledby~=${attributeValue(id)}]`))
    if (element.matches(CONTROLS)) return element;
  return null;
}

function isDecoration(element: Element): boolean {
  if (DECORATIONS.has(element.localName) || element.getAttribute('aria-hidden') === 'true')
    return true;
  const text = element.textContent ?? '';
  // "*", "：" — a required marker or a colon drawn as its own element
  return (
    text.trim() !== '' && normalizeLabel(text) === '' && controlsIn(element, null).length === 0
  );
}

/**
 * The value beside the label, or null (no sibling, or one that is no value: several controls, a
 * layout box). With `controlsOnly`, only a control counts.
 */
function siblingValue(label: Element, controlsOnly: boolean): Element | null {
  let next = label.nextElementSibling;
  while (next && isDecoration(next)) next = next.nextElementSibling;
  if (!next) return null;
  const controls = controlsIn(next, null);
  if (controls.length > 1) return null;
  if (controls[0]) return shownValue(controls[0]);
  const holdsValue =
    (next.textContent ?? '').trim() !== '' ||
    VALUE_CELLS.has(next.localName) ||
    next.childElementCount === 0;
  return holdsValue && !controlsOnly ? next : null;
}

/** The one control of the nearest ancestor that holds any, if that ancestor labels nothing else. */
function formItemControl(label: Element): Element | null {
  if (label.matches(POSITIONAL_LABELS)) return null;
  let scope = label.parentElement;
  for (let depth = 0; scope && depth < MAX_ITEM_DEPTH; depth++, scope = scope.parentElement) {
    if (scope.matches(ITEM_BOUNDARIES)) return null;
    const controls = controlsIn(scope, label);
    if (controls.length === 0) continue;
    const labels = scope.querySelectorAll('label');
    const otherLabel = Array.from(labels).some(
      (other) => other !== label && !label.contains(other),
    );
    return controls.length === 1 && controls[0] && !otherLabel ? shownValue(controls[0]) : null;
  }
  return null;
}

/** The element holding the value for a label element, or null when it labels no control. */
export function valueElementForLabel(label: Element): Element | null {
  const target = forTarget(label) ?? labelledBy(label);
  if (target) return shownValue(target);
  // A <label for> names a control: when that id is gone, only another control may stand in.
  const namesControl = label.localName === 'label' && !!label.getAttribute('for');
  return siblingValue(label, namesControl) ?? formItemControl(label);
}
