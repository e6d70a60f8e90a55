/** Wires the background service worker: message router, live terminal state, panel opening. */
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import type { BadgeState } from '../messaging/badge-states';
import { demoProfile } from '../profile/builtin/demo';
import type { TerminalProfile } from '../profile/schema';
import { DEFAULT_TIERING_CONFIG } from '../tiering/defaults';
import { customProfileItem } from '../settings/profile-item';
import { createRouter } from './router';
import { createMessageHandlers } from './message-handlers';
import { createTerminalService } from './terminal-service';
import { setUpSync } from './sync-wiring';
import { setUpRetention } from '../retention-device/setup';
import { setUpIdentity } from './identity-wiring';
import { setUpOrigins } from './origins-wiring';
import { setUpCentralConfig } from '../central-config/wiring';
import { setUpFleetHealth } from '../fleet-health/wiring';

export function setUpBackground(): void {
  let profile: TerminalProfile = demoProfile;
  const useProfile = (p: TerminalProfile | null) => (profile = p ?? demoProfile);
  void customProfileItem.getValue().then(useProfile);
  customProfileItem.watch(useProfile);

  const central = setUpCentralConfig();
  const inForce = () => central.inForce({ profile, tiering: DEFAULT_TIERING_CONFIG });
  const health = setUpFleetHealth(() => ({ ...inForce(), source: central.source() }));
  const sync = setUpSync();
  setUpRetention();
  setUpIdentity();
  setUpOrigins();
  const pushBadge = (tabId: number, state: BadgeState) =>
    void sendToTab(tabId, { type: 'badge:state', state }, { frameId: 0 }).catch(() => undefined);

  const terminal = createTerminalService({
    session: browser.storage.session,
    now: () => Date.now(),
    profile: () => inForce().profile,
    config: () => inForce().tiering,
    observe: health.observe,
    pushBadge,
  });

  const handlers = createMessageHandlers({
    terminal,
    syncNow: (force) => sync.syncNow(force),
    // No await before this call: Chrome opens the panel only inside the user's gesture.
    openPanel: (tabId) => browser.sidePanel.open({ tabId }),
  });

  const route = createRouter(
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    },
    handlers,
    (reason) => console.warn(`[sidekick] dropped a message: ${reason}`),
  );
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    route(raw, sender).then(sendResponse, (error: unknown) => {
      console.warn('[sidekick] message handler failed', error);
      sendResponse({ dropped: true, reason: 'handler error' });
    });
    return true; // keep the channel open for the async response
  });

  browser.tabs.onRemoved.addListener((tabId) => void terminal.tabClosed(tabId));
  // A new page in the tab: what its old frames reported is gone (the new frames report afresh).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void terminal.tabClosed(tabId);
  });
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined)
      void browser.sidePanel.open({ tabId: tab.id });
  });
}
