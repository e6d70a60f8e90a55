/**
 * Handles what the terminal tabs report: keeps each tab's frames in `storage.session`, derives
 * the live detection, and tells the tab's top frame how the badge should look. Per-tab work is
 * serialised so two frames reporting at once never lose each other's fields.
 */
import type { TerminalProfile } from '../profile/schema';
import type { TieringConfig } from '../tiering/config-schema';
import type { BadgeState } from '../messaging/badge-states';
import type { SoftCue } from '../signals/kinds';
import type { ReportAck } from '../messaging/protocol-map';
import { badgeStateFor, deriveLiveDetection, PAUSE_AFTER_MS } from '../detect/tab-detection';
import { createSerialQueue } from './serial-queue';
import { carryAcross } from '../detect/screen-context';
import type { FrameReport, TabState } from '../detect/live-detection';
import { createTabStore, type SessionArea } from './tab-state';

export interface TerminalServiceDeps {
  session: SessionArea;
  now: () => number;
  profile: () => TerminalProfile;
  config: () => TieringConfig;
  pushBadge: (tabId: number, state: BadgeState) => void;
  /** Sees every derived tab state (selector health for the fleet view: names and counts only). */
  observe?: (state: TabState) => void;
}

export function createTerminalService(deps: TerminalServiceDeps) {
  const queue = createSerialQueue();
  const tabs = createTabStore(deps.session);
  const badges = new Map<number, BadgeState>();

  const refresh = (tabId: number, change: (s: TabState) => TabState): Promise<TabState> =>
    queue(String(tabId), () =>
      tabs.update(tabId, deps.now(), (s) => {
        const next = change(s);
        const before = next.carried;
        const carried = carryAcross(next, deps.profile(), deps.now());
        if (carried) next.carried = carried;
        else delete next.carried;
        // Screens of one visit may show different identity fields: the visit, not the key, decides.
        const sameVisit = !!before && before.since === carried?.since;
        let detection = deriveLiveDetection(
          next,
          deps.profile(),
          deps.config(),
          deps.now(),
          next.detection,
        );
        // A new client at the counter: the teller's ticks were about the previous one.
        if (
          next.detection?.clientKey &&
          detection.clientKey !== next.detection.clientKey &&
          !sameVisit &&
          next.softCues.length > 0
        ) {
          next.softCues = [];
          detection = deriveLiveDetection(
            next,
            deps.profile(),
            deps.config(),
            deps.now(),
            undefined,
          );
        }
        next.detection = detection;
        deps.observe?.(next);
        const badge = badgeStateFor(detection);
        if (badges.get(tabId) !== badge) {
          badges.set(tabId, badge);
          deps.pushBadge(tabId, badge);
        }
        return next;
      }),
    );

  return {
    async report(
      tabId: number,
      frameId: number,
      report: Omit<FrameReport, 'at'>,
    ): Promise<ReportAck> {
      const state = await refresh(tabId, (s) => ({
        ...s,
        frames: { ...s.frames, [frameId]: { ...report, at: deps.now() } },
      }));
      const d = state.detection;
      const badge = badges.get(tabId) ?? 'hidden';
      return d && d.missingRequired.length > 0 && !d.paused
        ? { ok: true, badge, recheckInMs: PAUSE_AFTER_MS }
        : { ok: true, badge };
    },
    async frameGone(tabId: number, frameId: number): Promise<void> {
      await refresh(tabId, (s) => {
        const frames = { ...s.frames };
        delete frames[String(frameId)];
        return { ...s, frames };
      });
    },
    async setSoftCues(tabId: number, cues: SoftCue[]): Promise<void> {
      await refresh(tabId, (s) => ({ ...s, softCues: cues }));
    },
    async tabClosed(tabId: number): Promise<void> {
      badges.delete(tabId);
      await queue(String(tabId), () => tabs.clear(tabId));
    },
  };
}
