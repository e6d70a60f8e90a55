/**
 * Typed senders, one per direction: the message must be one the protocol map defines (its payload
 * exactly as the receiver's schema wants it), and the reply comes back with that message's type.
 * No zod here (types only), so the content script may use these. The receiver still validates.
 */
import { browser } from 'wxt/browser';
import type {
  ContentProtocolMap,
  Dropped,
  PageProtocolMap,
  Reply,
  RequestOf,
  TabProtocolMap,
} from './protocol-map';

/** A message of type K, exactly as map M defines it (K is inferred from the literal's `type`). */
export type MessageOf<M, K extends keyof M> = RequestOf<M, K> & { type: K };

/** Content script → background. */
export function sendFromContent<K extends keyof ContentProtocolMap>(
  message: MessageOf<ContentProtocolMap, K>,
): Promise<Reply<ContentProtocolMap, K>> {
  return browser.runtime.sendMessage<typeof message, Reply<ContentProtocolMap, K>>(message);
}

/** Extension page (side panel, options) → background. */
export function sendFromPage<K extends keyof PageProtocolMap>(
  message: MessageOf<PageProtocolMap, K>,
): Promise<Reply<PageProtocolMap, K>> {
  return browser.runtime.sendMessage<typeof message, Reply<PageProtocolMap, K>>(message);
}

/** Background → a tab's content script (one frame of it when `frameId` is given). */
export function sendToTab<K extends keyof TabProtocolMap>(
  tabId: number,
  message: MessageOf<TabProtocolMap, K>,
  options?: { frameId?: number },
): Promise<Reply<TabProtocolMap, K>> {
  return browser.tabs.sendMessage<typeof message, Reply<TabProtocolMap, K>>(
    tabId,
    message,
    options,
  );
}

/** The receiver refused the message (or its handler failed): there is no reply to read. */
export function isDropped(reply: unknown): reply is Dropped {
  return (
    typeof reply === 'object' && reply !== null && 'dropped' in reply && reply.dropped === true
  );
}
