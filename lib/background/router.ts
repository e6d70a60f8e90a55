/**
 * The background's message router: checks the sender, looks the message's type up in that
 * sender's protocol table, validates the message with its strict schema and only then calls the
 * handler for that type; the handler's reply is checked against the reply schema before it
 * leaves. Everything else is dropped (and counted, for diagnostics).
 */
import { contentProtocol, pageProtocol } from '../messaging/protocol';
import type { Dropped, ProtocolMapOf, ProtocolTable } from '../messaging/protocol-map';
import { classifySender, type MessageSender } from './sender';

/** Where a content script's message came from (checked by `classifySender`). */
export interface ContentOrigin {
  tabId: number;
  frameId: number;
}

/** One handler per message type of table T; the handler for X returns X's reply type. */
export type HandlersFor<T extends ProtocolTable, C> = {
  [K in keyof T]: (
    message: ProtocolMapOf<T>[K]['request'],
    from: C,
  ) => Promise<ProtocolMapOf<T>[K]['response']>;
};

export interface RouterHandlers {
  content: HandlersFor<typeof contentProtocol, ContentOrigin>;
  page: HandlersFor<typeof pageProtocol, undefined>;
}

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
}

function typeOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
}

function isTypeOf<T extends ProtocolTable>(table: T, type: unknown): type is keyof T & string {
  return typeof type === 'string' && Object.hasOwn(table, type);
}

export function createRouter(
  identity: RouterIdentity,
  handlers: RouterHandlers,
  onDrop?: (reason: string) => void,
) {
  const drop = (reason: string): Dropped => {
    onDrop?.(reason);
    return { dropped: true, reason };
  };

  /** Validates and handles one message of a known type K (no await before the handler runs). */
  async function handle<T extends ProtocolTable, K extends keyof T & string, C>(
    table: T,
    forType: HandlersFor<T, C>,
    type: K,
    raw: unknown,
    from: C,
    who: string,
  ): Promise<unknown> {
    const schemas: T[K] = table[type];
    const parsed = schemas.request.safeParse(raw);
    if (!parsed.success) return drop(`invalid ${who} message`);
    // TypeScript reads a generic table entry's schema as its constraint (unknown output); the
    // data was parsed by exactly the schema the handler's type is inferred from.
    const message = parsed.data as ProtocolMapOf<T>[K]['request'];
    const reply = await forType[type](message, from);
    if (!schemas.response.safeParse(reply).success) return drop(`invalid reply to ${type}`);
    return reply;
  }

  return function route(raw: unknown, sender: MessageSender): Promise<unknown> {
    const who = classifySender(sender, identity.extensionId, identity.extensionOrigin);
    if (who.kind === 'rejected') return Promise.resolve(drop(who.reason));
    const type = typeOf(raw);
    if (who.kind === 'content') {
      if (!isTypeOf(contentProtocol, type))
        return Promise.resolve(drop('unknown content message type'));
      const from = { tabId: who.tabId, frameId: who.frameId };
      return handle(contentProtocol, handlers.content, type, raw, from, 'content');
    }
    if (!isTypeOf(pageProtocol, type)) return Promise.resolve(drop('unknown page message type'));
    return handle(pageProtocol, handlers.page, type, raw, undefined, 'page');
  };
}
