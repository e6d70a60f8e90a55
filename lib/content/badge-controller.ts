/** Top frame only: mounts the badge and follows the background's `badge:state` messages. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeStateMessage } from '../messaging/protocol-map';
import { sendFromContent } from '../messaging/send';
import { BADGE_STATES, type BadgeState } from '../messaging/badge-states';
import { createBadge } from './badge';
import { storeBadgePosition, storedBadgePosition, storedProfile } from './stored-config';

/**
 * Validates the one message the content script accepts, by hand (no zod here: keep the bundle
 * small). It must accept exactly what `badgeStateSchema` accepts: a test holds it to the schema.
 */
export function parseBadgeStateMessage(message: unknown): BadgeStateMessage | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const { type, state, ...rest } = message as Record<string, unknown>;
  if (type !== 'badge:state' || Object.keys(rest).length > 0) return undefined;
  const known = BADGE_STATES.find((s) => s === state);
  return known ? { type, state: known } : undefined;
}

/** Mounts the badge; returns a setter for states learnt another way (a report's acknowledgement). */
export function mountBadge(
  _ctx: ContentScriptContext,
  signal: AbortSignal,
): (state: BadgeState) => void {
  let badge: ReturnType<typeof createBadge> | undefined;
  let wanted: BadgeState = 'hidden';
  void Promise.all([storedBadgePosition(), storedProfile()]).then(([initial, profile]) => {
    if (signal.aborted) return;
    badge = createBadge({
      doc: document,
      initial,
      corner: profile.badge?.position,
      onOpen: () => void sendFromContent({ type: 'badge:open-panel' }).catch(() => undefined),
      onMoved: (pos) => void storeBadgePosition(pos),
    });
    badge.setState(wanted);
  });
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const state = parseBadgeStateMessage(message)?.state;
    if (!state) return;
    wanted = state;
    badge?.setState(state);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    badge?.destroy();
  });
  return (state) => {
    wanted = state;
    badge?.setState(state);
  };
}
