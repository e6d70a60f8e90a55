/**
 * How a field's `label` may be matched (zod-free: the content script imports it).
 * - `labelFrom`: where the label text may be: visible `text` (not headings), `heading`
 *   (h1–h6, legend, caption, role=heading — only when asked), a control's `aria-label` or its
 *   `placeholder`. Default: text, aria-label, placeholder.
 * - `labelCase`: `exact` (default) or `insensitive` ("Account" matches "ACCOUNT").
 */
export const LABEL_SOURCES = ['text', 'heading', 'aria-label', 'placeholder'] as const;
export const DEFAULT_LABEL_SOURCES: readonly LabelSource[] = ['text', 'aria-label', 'placeholder'];
export const LABEL_CASES = ['exact', 'insensitive'] as const;

export type LabelSource = (typeof LABEL_SOURCES)[number];
export type LabelCase = (typeof LABEL_CASES)[number];

export interface LabelOptions {
  labelFrom?: readonly LabelSource[];
  labelCase?: LabelCase;
}
