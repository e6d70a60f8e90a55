/**
 * What the background does for each message, one handler per message type (the router has
 * already checked the sender and the message; it checks each reply before it leaves).
 */
import type { createTerminalService } from './terminal-service';
import type { RouterHandlers } from './router';

export interface MessageHandlerDeps {
  terminal: Pick<ReturnType<typeof createTerminalService>, 'report' | 'frameGone' | 'setSoftCues'>;
  syncNow: (force?: boolean) => Promise<void>;
  /** Opens the side panel; must be called before any await (Chrome wants the user's gesture). */
  openPanel: (tabId: number) => Promise<void>;
}

export function createMessageHandlers(deps: MessageHandlerDeps): RouterHandlers {
  const { terminal } = deps;
  return {
    content: {
      'badge:open-panel': (_message, from) => deps.openPanel(from.tabId),
      'terminal:frame-gone': (_message, from) => terminal.frameGone(from.tabId, from.frameId),
      'terminal:frame-report': ({ type: _type, ...report }, from) =>
        terminal.report(from.tabId, from.frameId, report),
    },
    page: {
      'panel:set-soft-cues': (message) => terminal.setSoftCues(message.tabId, message.cues),
      'panel:outbox-changed': () => deps.syncNow(),
      'panel:sync-now': () => deps.syncNow(true),
    },
  };
}
