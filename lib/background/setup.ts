/** Wires the background service worker: message router, per-tab live state, panel opening. */
import { browser } from 'wxt/browser';
import type { ContentMessage, PanelMessage } from '../messaging/protocol';
import { createRouter } from './router';
import { createSerialQueue } from './serial-queue';
import { clearTabState, updateTabState, type SessionArea } from './tab-state';

export function setUpBackground(): void {
  const session = browser.storage.session as unknown as SessionArea;
  const queue = createSerialQueue();
  const now = () => Date.now();

  const content = async (message: ContentMessage, from: { tabId: number; frameId: number }) => {
    switch (message.type) {
      case 'badge:open-panel':
        // Must run before any await: Chrome only opens the panel inside the user's gesture.
        return browser.sidePanel.open({ tabId: from.tabId });
      case 'terminal:frame-gone':
        return queue(String(from.tabId), () =>
          updateTabState(session, from.tabId, now(), (s) => {
            delete s.frames[String(from.frameId)];
            return s;
          }),
        ).then(() => ({ ok: true }));
      case 'terminal:frame-report': {
        const { type: _type, ...report } = message;
        await queue(String(from.tabId), () =>
          updateTabState(session, from.tabId, now(), (s) => {
            s.frames[String(from.frameId)] = { ...report, at: now() };
            return s;
          }),
        );
        return { ok: true };
      }
    }
  };

  const panel = async (message: PanelMessage) => {
    await queue(String(message.tabId), () =>
      updateTabState(session, message.tabId, now(), (s) => ({ ...s, softCues: message.cues })),
    );
    return { ok: true };
  };

  const route = createRouter(
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') },
    { content, panel },
    (reason) => console.warn(`[sidekick] dropped a message: ${reason}`),
  );
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    route(raw, sender).then(sendResponse, (error: unknown) => {
      console.warn('[sidekick] message handler failed', error);
      sendResponse({ dropped: true, reason: 'handler error' });
    });
    return true; // keep the channel open for the async response
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void queue(String(tabId), () => clearTabState(session, tabId));
  });

  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined) void browser.sidePanel.open({ tabId: tab.id });
  });
}
