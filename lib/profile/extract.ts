/**
 * Reads a profile's fields from a page: the document, its same-origin frames and open shadow
 * roots. Values come back exactly as read (strings): masking is the detect step's job.
 * Never throws; a field that cannot be found is reported missing, not guessed.
 */
import type { TerminalProfile } from './schema';
import { SearchScope } from './lookup';
import { readElement } from './read';
import { isTransactionComplete } from './completion';

export interface ExtractedField {
  /** The element was found on the page. */
  found: boolean;
  /** The element was found but is a PIN/password-like field, so it was not read. */
  refused: boolean;
  /** The text read, or null when missing, refused, empty or a placeholder such as "—". */
  value: string | null;
}

export interface Extraction {
  fields: Record<string, ExtractedField>;
  /** Fields whose element is not on the page (or was refused). */
  missing: string[];
  /** The `required` ones among `missing`: the terminal page probably changed. */
  missingRequired: string[];
  refused: string[];
  transactionComplete: boolean;
  /** Selectors the page's DOM rejected as invalid CSS. */
  invalidSelectors: string[];
  /** The element each found field was read from (lets the live watcher scope its observer). */
  elements: Map<string, Element>;
  /** The label element each label-bound field was found by (a label edited in place is a page change). */
  labels?: Map<string, Element>;
  /** The profile screen this page shows (see screens.ts), when the profile names screens. */
  screen?: string;
}

/** The text read, or null when empty or a placeholder such as "—" (shared by the live re-read). */
export function presentValue(
  value: string,
  profile: Pick<TerminalProfile, 'emptyValues'>,
): string | null {
  return value === '' || profile.emptyValues.some((text) => text.trim() === value) ? null : value;
}

export function extractPage(doc: Document, profile: TerminalProfile): Extraction {
  const scope = new SearchScope(doc, Object.values(profile.fields)); // labels indexed up front
  const fields: Record<string, ExtractedField> = {};
  const missing: string[] = [];
  const missingRequired: string[] = [];
  const refused: string[] = [];
  const elements = new Map<string, Element>();
  const labels = new Map<string, Element>();

  for (const [key, spec] of Object.entries(profile.fields)) {
    const element = scope.find(spec);
    if (element) elements.set(key, element);
    const labelElement = element && scope.labelElements.get(element);
    if (labelElement) labels.set(key, labelElement);
    const outcome = element
      ? readElement(element, spec.read, spec.attribute, profile.neverRead)
      : null;
    if (!outcome || outcome.refused) {
      fields[key] = { found: !!element, refused: !!outcome?.refused, value: null };
      missing.push(key);
      if (outcome?.refused) refused.push(key);
      if (spec.required) missingRequired.push(key);
      continue;
    }
    fields[key] = { found: true, refused: false, value: presentValue(outcome.value, profile) };
  }

  const transactionComplete = isTransactionComplete(scope, profile.transactionComplete);
  return {
    fields,
    missing,
    missingRequired,
    refused,
    transactionComplete,
    invalidSelectors: [...scope.invalidSelectors],
    elements,
    labels,
  };
}
