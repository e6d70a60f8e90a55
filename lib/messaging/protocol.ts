/**
 * The one message protocol between the extension's contexts: for each message type, the strict
 * schema of its request and of its reply. The receiver validates every request with its schema
 * before any handler runs, and the router checks each reply before it leaves (fail closed).
 * Content scripts send only `terminal:*` and `badge:*` messages; extension pages send `panel:*`;
 * the background sends `badge:state` to a terminal tab's top frame.
 *
 * Runtime zod lives here and in the background only. Senders (the content script above all) use
 * the types in ./protocol-map and the helpers in ./send, which import this module as types only.
 */
import { z } from 'zod';
import { SOFT_CUES } from '../signals/kinds';
import { BADGE_STATES } from './badge-states';

const fieldValue = z.string().max(500);
const noReply = z.void();

/** What one frame's content script found: field name → text as read (already masked). */
export const frameReportSchema = z.strictObject({
  type: z.literal('terminal:frame-report'),
  /**
   * Fields found in this frame (null: found but empty), identity numbers masked before sending
   * (never a full card, account, ID or phone number). Fields not found are absent.
   */
  fields: z.record(z.string().max(64), fieldValue.nullable()),
  /** Keyed hash of the client's identity (lib/privacy/client-identity), when this frame shows one. */
  clientRef: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** How strong that link is: a full number, or a masked one with the name's initial. */
  clientLink: z.enum(['number', 'weak']).optional(),
  /** Field names the profile binds that this frame could not find. */
  missing: z.array(z.string().max(64)).max(64),
  transactionComplete: z.boolean(),
  profileVersion: z.string().max(64),
  /** The profile screen this frame shows (single-page terminals), when the profile names screens. */
  screen: z.string().max(64).optional(),
});

/** The background's answer to a frame report. */
export const reportAckSchema = z.strictObject({
  ok: z.literal(true),
  /** The badge as it should look now (the top frame may have missed an earlier push). */
  badge: z.enum(BADGE_STATES),
  /** Report again after this many ms (selector health: required fields are missing). */
  recheckInMs: z.number().int().positive().optional(),
});

export const frameGoneSchema = z.strictObject({ type: z.literal('terminal:frame-gone') });

export const openPanelSchema = z.strictObject({ type: z.literal('badge:open-panel') });

export const softCuesSchema = z.strictObject({
  type: z.literal('panel:set-soft-cues'),
  tabId: z.number().int().nonnegative(),
  cues: z.array(z.enum(SOFT_CUES)).max(4),
});

/** The panel wrote to the outbox (a new handoff, an undo): the background syncs soon. */
export const outboxChangedSchema = z.strictObject({ type: z.literal('panel:outbox-changed') });

/** "Sync now" (panel or options page): drain and pull right away, ignoring a pending backoff. */
export const syncNowSchema = z.strictObject({ type: z.literal('panel:sync-now') });

/** Background → top frame of a terminal tab: how the in-page badge should look. */
export const badgeStateSchema = z.strictObject({
  type: z.literal('badge:state'),
  state: z.enum(BADGE_STATES),
});

/** Content script → background. */
export const contentProtocol = {
  'terminal:frame-report': { request: frameReportSchema, response: reportAckSchema },
  'terminal:frame-gone': { request: frameGoneSchema, response: noReply },
  'badge:open-panel': { request: openPanelSchema, response: noReply },
} as const;

/** Extension page (side panel, options) → background. */
export const pageProtocol = {
  'panel:set-soft-cues': { request: softCuesSchema, response: noReply },
  'panel:outbox-changed': { request: outboxChangedSchema, response: noReply },
  'panel:sync-now': { request: syncNowSchema, response: noReply },
} as const;

/**
 * Background → a tab's content script. The content script checks this one by hand (no zod in
 * its bundle); tests/unit/messaging hold its check to this schema.
 */
export const tabProtocol = {
  'badge:state': { request: badgeStateSchema, response: noReply },
} as const;
