/** Who sent a runtime message, checked by the receiver before anything else (fail closed). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind =
  | { kind: 'content'; tabId: number; frameId: number }
  | { kind: 'extension-page' }
  | { kind: 'rejected'; reason: string };

/**
 * Classifies a sender. A content script of this extension has our id, a tab and a frame; an
 * extension page has our id and our own origin. Anything else — another extension, a web page
 * through externally_connectable, a missing tab — is rejected.
 */
export function classifySender(
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender.id !== extensionId) return { kind: 'rejected', reason: 'foreign sender id' };
  const fromOurOrigin = (sender.origin ?? sender.url ?? '').startsWith(extensionOrigin);
  if (fromOurOrigin) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { kind: 'rejected', reason: 'no tab' };
  if (typeof sender.frameId !== 'number') return { kind: 'rejected', reason: 'no frame' };
  return { kind: 'content', tabId, frameId: sender.frameId };
}
