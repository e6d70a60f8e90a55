/**
 * The background's message router: checks the sender, validates the message with its strict
 * schema and only then dispatches. Everything else is dropped (and counted, for diagnostics).
 */
import {
  contentMessageSchema,
  panelMessageSchema,
  type ContentMessage,
  type PanelMessage,
} from '../messaging/protocol';
import { classifySender, type MessageSender } from './sender';

export interface RouterHandlers {
  content(message: ContentMessage, from: { tabId: number; frameId: number }): Promise<unknown>;
  panel(message: PanelMessage): Promise<unknown>;
}

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
}

export type Dropped = { dropped: true; reason: string };

export function createRouter(
  identity: RouterIdentity,
  handlers: RouterHandlers,
  onDrop?: (reason: string) => void,
) {
  const drop = (reason: string): Dropped => {
    onDrop?.(reason);
    return { dropped: true, reason };
  };
  return async function route(raw: unknown, sender: MessageSender): Promise<unknown> {
    const who = classifySender(sender, identity.extensionId, identity.extensionOrigin);
    if (who.kind === 'rejected') return drop(who.reason);
    if (who.kind === 'content') {
      const parsed = contentMessageSchema.safeParse(raw);
      if (!parsed.success) return drop('invalid content message');
      return handlers.content(parsed.data, { tabId: who.tabId, frameId: who.frameId });
    }
    const parsed = panelMessageSchema.safeParse(raw);
    if (!parsed.success) return drop('invalid panel message');
    return handlers.panel(parsed.data);
  };
}
