/**
 * Each frame's content script reads its own document. A field the profile pins to a frame
 * (`"frame": "#client-frame"`) is looked up in this document directly when this frame IS that
 * frame (same-origin, so `frameElement` is visible); the top frame still reaches into same-origin
 * frames itself, and the background merges what every frame found.
 */
import type { TerminalProfile } from '../profile/schema';

type Frameable = { frame?: string };

function localise<T extends Frameable>(spec: T, frameElement: Element | null): T {
  if (!spec.frame || !frameElement) return spec;
  try {
    if (!frameElement.matches(spec.frame)) return spec;
  } catch {
    return spec;
  }
  const { frame: _frame, ...rest } = spec;
  return rest as T;
}

export function frameLocalProfile(
  profile: TerminalProfile,
  frameElement: Element | null,
): TerminalProfile {
  if (!frameElement) return profile;
  const fields = Object.fromEntries(
    Object.entries(profile.fields).map(([k, spec]) => [k, localise(spec, frameElement)]),
  );
  const marker = profile.transactionComplete && localise(profile.transactionComplete, frameElement);
  return { ...profile, fields, ...(marker ? { transactionComplete: marker } : {}) };
}

/** The element hosting this frame, when the parent is same-origin; null for the top frame or cross-origin. */
export function ownFrameElement(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}
