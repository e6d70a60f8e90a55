/**
 * The one message protocol between the extension's contexts. Every message has a `type`; the
 * receiver validates it with the strict schema below before any handler runs (fail closed).
 * Content scripts send only `terminal:*` and `badge:*` messages; extension pages send `panel:*`.
 */
import { z } from 'zod';

const fieldValue = z.string().max(500);

/** What one frame's content script found: field name → text as read (already masked). */
export const frameReportSchema = z.strictObject({
  type: z.literal('terminal:frame-report'),
  /**
   * Fields found in this frame (null: found but empty), identity numbers masked before sending
   * (never a full card, account, ID or phone number). Fields not found are absent.
   */
  fields: z.record(z.string().max(64), fieldValue.nullable()),
  /** Keyed hash of the account number, when this frame shows it. */
  clientRef: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Field names the profile binds that this frame could not find. */
  missing: z.array(z.string().max(64)).max(64),
  transactionComplete: z.boolean(),
  profileVersion: z.string().max(64),
});

export const frameGoneSchema = z.strictObject({ type: z.literal('terminal:frame-gone') });

export const openPanelSchema = z.strictObject({ type: z.literal('badge:open-panel') });

export const contentMessageSchema = z.discriminatedUnion('type', [
  frameReportSchema,
  frameGoneSchema,
  openPanelSchema,
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export const SOFT_CUES = [
  'premium_card',
  'wealth_enquiry',
  'soft_appearance',
  'soft_residential_area',
] as const;
export type SoftCue = (typeof SOFT_CUES)[number];

export const softCuesSchema = z.strictObject({
  type: z.literal('panel:set-soft-cues'),
  tabId: z.number().int().nonnegative(),
  cues: z.array(z.enum(SOFT_CUES)).max(4),
});

/** The panel wrote to the outbox (a new handoff, an undo): the background syncs soon. */
export const outboxChangedSchema = z.strictObject({ type: z.literal('panel:outbox-changed') });

/** "Sync now" (panel or options page): drain and pull right away, ignoring a pending backoff. */
export const syncNowSchema = z.strictObject({ type: z.literal('panel:sync-now') });

export const panelMessageSchema = z.discriminatedUnion('type', [
  softCuesSchema,
  outboxChangedSchema,
  syncNowSchema,
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** Background → top frame of a terminal tab: how the in-page badge should look. */
export const badgeStateSchema = z.strictObject({
  type: z.literal('badge:state'),
  state: z.enum(['hidden', 'attention', 'paused']),
});
export type BadgeStateMessage = z.infer<typeof badgeStateSchema>;
