/**
 * The protocol as types: for each message type, its request and its reply, inferred from the
 * schemas in ./protocol. Type imports only (erased at build), so the content script can use these
 * without bundling zod.
 */
import type { z } from 'zod';
import type { contentProtocol, pageProtocol, tabProtocol } from './protocol';

/** A table of message type → request and reply schemas, as ./protocol defines them. */
export type ProtocolTable = Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Message type → `{ request, response }`, the types a table's schemas infer. */
export type ProtocolMapOf<T extends ProtocolTable> = {
  [K in keyof T]: { request: z.infer<T[K]['request']>; response: z.infer<T[K]['response']> };
};

export type ContentProtocolMap = ProtocolMapOf<typeof contentProtocol>;
export type PageProtocolMap = ProtocolMapOf<typeof pageProtocol>;
export type TabProtocolMap = ProtocolMapOf<typeof tabProtocol>;

export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
/** Any request of a map (a union over its message types). */
export type AnyRequest<M> = { [K in keyof M]: RequestOf<M, K> }[keyof M];

/** What the receiver answers instead when it refuses a message (or its handler failed). */
export interface Dropped {
  dropped: true;
  reason: string;
}

/** What a sender gets back: the message's reply, or the receiver's refusal. */
export type Reply<M, K extends keyof M> = ResponseOf<M, K> | Dropped;

export type FrameReportMessage = RequestOf<ContentProtocolMap, 'terminal:frame-report'>;
export type ReportAck = ResponseOf<ContentProtocolMap, 'terminal:frame-report'>;
export type ContentMessage = AnyRequest<ContentProtocolMap>;
export type PageMessage = AnyRequest<PageProtocolMap>;
export type BadgeStateMessage = RequestOf<TabProtocolMap, 'badge:state'>;
