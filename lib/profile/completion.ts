import type { TerminalProfile } from './schema';
import type { SearchScope } from './lookup';

export type CompletionMarker = NonNullable<TerminalProfile['transactionComplete']>;

/**
 * True when the profile's "transaction complete" marker is on the page: an element matching
 * `selector` (holding `text` if both are given), or `text` anywhere in the page when alone.
 */
export function isTransactionComplete(
  scope: SearchScope,
  marker: CompletionMarker | undefined,
): boolean {
  if (!marker) return false;
  if (marker.selector) {
    const elements = scope.findAll(marker.selector, marker.frame);
    const wanted = marker.text;
    return wanted
      ? elements.some((element) => (element.textContent ?? '').includes(wanted))
      : elements.length > 0;
  }
  const wanted = marker.text ?? '';
  return wanted !== '' && scope.texts(marker.frame).some((text) => text.includes(wanted));
}
