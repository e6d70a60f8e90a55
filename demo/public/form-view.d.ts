// Types for form-view.js (plain ES module served to the browser as-is).
import type { FieldKey } from './biz-types.js';

export interface RenderedForm {
  form: HTMLFormElement;
  fields: Map<FieldKey, HTMLInputElement | HTMLSelectElement>;
  words: HTMLOutputElement | null;
  buttons: { submit: HTMLButtonElement; reset: HTMLButtonElement; next: HTMLButtonElement };
}
export function renderForm(doc: Document, code: string): RenderedForm;
