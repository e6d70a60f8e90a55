/**
 * Reads one element the way a profile field says. Refuses — whatever the profile says — to read
 * a password input or anything that looks like a PIN, password, CVV or one-time-code field.
 */
import type { ReadMode } from './schema';
import { normalizeLabel } from './labels';
import { isSecretAutocomplete, looksSensitive } from './sensitive';

const MAX_VALUE_LENGTH = 500;

export interface NeverRead {
  selectors: readonly string[];
  labels: readonly string[];
}

export type ReadOutcome = { refused: false; value: string } | { refused: true };

function labelTexts(element: Element): string[] {
  const labels = (element as HTMLInputElement).labels;
  const own = labels ? Array.from(labels, (label) => label.textContent ?? '') : [];
  const aria = element.getAttribute('aria-label');
  return aria ? [...own, aria] : own;
}

function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

/** True when the element must never be read. */
export function isNeverRead(element: Element, extra: NeverRead): boolean {
  if (element.localName === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password' || (element as HTMLInputElement).type === 'password') return true;
  }
  if (isSecretAutocomplete(element.getAttribute('autocomplete'))) return true;
  if (/text-security/i.test(element.getAttribute('style') ?? '')) return true;
  const names = [element.id, element.getAttribute('name'), element.getAttribute('placeholder')];
  if (names.some(looksSensitive)) return true;
  const labels = labelTexts(element);
  if (labels.some(looksSensitive)) return true;
  const banned = new Set(extra.labels.map(normalizeLabel));
  if (labels.some((text) => banned.has(normalizeLabel(text)))) return true;
  return matchesAny(element, extra.selectors);
}

function text(element: Element): string {
  return element.textContent ?? '';
}

function selectedText(element: Element): string {
  if (element.localName !== 'select') return text(element);
  const option = (element as HTMLSelectElement).selectedOptions[0];
  return option ? option.text : '';
}

function formValue(element: Element): string {
  const value = (element as HTMLInputElement).value;
  return typeof value === 'string' ? value : text(element);
}

function rawValue(element: Element, mode: ReadMode, attribute: string | undefined): string {
  switch (mode) {
    case 'value':
      return formValue(element);
    case 'text':
      return text(element);
    case 'selectedText':
      return selectedText(element);
    case 'attribute':
      return attribute ? (element.getAttribute(attribute) ?? '') : '';
    case 'auto':
      if (element.localName === 'select') return selectedText(element);
      if (element.localName === 'input' || element.localName === 'textarea')
        return formValue(element);
      return text(element);
  }
}

/** The element's value as text, whitespace collapsed, at most 500 characters (no checks: see readElement). */
export function readValue(element: Element, mode: ReadMode, attribute: string | undefined): string {
  return rawValue(element, mode, attribute).replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE_LENGTH);
}

/** Reads `element` as text, whitespace collapsed, at most 500 characters — unless it must never be read. */
export function readElement(
  element: Element,
  mode: ReadMode,
  attribute: string | undefined,
  extra: NeverRead,
): ReadOutcome {
  if (isNeverRead(element, extra)) return { refused: true };
  return { refused: false, value: readValue(element, mode, attribute) };
}

/** The cheap part of isNeverRead that can change while an element lives (a field turned into a PIN box). */
export function isPasswordNow(element: Element): boolean {
  return (
    (element as HTMLInputElement).type === 'password' ||
    isSecretAutocomplete(element.getAttribute('autocomplete'))
  );
}
