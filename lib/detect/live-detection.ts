/**
 * What the side panel shows about the client on screen now: derived by the background from the
 * frames' reports, kept only in `storage.session`. Amounts appear only as bands, the card only as
 * its last 4 digits; there is no name, no ID number, no exact figure. Also the per-tab state the
 * background keeps (`FrameReport`, `TabState`), from which the detection is derived.
 */
import type { AmountBand, SignalKind, Tier } from '../signals/kinds';
import type { FrameReportMessage } from '../messaging/protocol-map';
import type { ClientLink } from '../privacy/client-identity';

export interface LiveSignal {
  kind: SignalKind;
  band?: AmountBand;
}

export interface LiveDetection {
  clientPresent: boolean;
  tier: Tier | null;
  reasons: { zh: string; en: string }[];
  signals: LiveSignal[];
  retentionRisk: boolean;
  existingPremium: boolean;
  transactionComplete: boolean;
  cardLast4?: string;
  /** The client's name masked to its first character ("张*"), when the screen shows a name. */
  clientInitial?: string;
  /** Keyed hash linking visits of the same client; never reversible to the number. */
  clientRef?: string;
  /** How strong that link is (lib/privacy/client-identity); absent with `clientRef`. */
  clientLink?: ClientLink;
  /** This visit at the counter (a random UUID, no PII): one referral of a kind per visit. */
  visitId?: string;
  /** The client key this visit was first seen with (./visit), kept while the screen is empty. */
  visitClientKey?: string;
  /** Required profile fields missing from the page for a while: the watcher is paused. */
  missingRequired: string[];
  /** When required fields first went missing (ms); the panel pauses after a few seconds. */
  missingSince?: number;
  paused: boolean;
  confidence: number;
  /** Changes when the client at the counter changes (no PII in it). */
  clientKey: string;
  profileVersion: string;
  updatedAt: number;
}

/** What a frame reported (the message without its `type`), and when it arrived. */
export type FrameReport = Omit<FrameReportMessage, 'type'> & { at: number };

/**
 * What a client screen showed, held on the next screens of the same visit (the level 金卡 on the
 * deposit screen) until another client shows: masked values as the frames reported them.
 */
export interface CarriedContext {
  /** The carried fields (`carryAcrossScreens`), filled in where a later screen shows none. */
  values: Record<string, string>;
  /** The identity fields last shown, to tell when another client appears. */
  identity: Record<string, string>;
  clientRef?: string;
  /** How strongly `clientRef` links (a weak ref and a number ref of one client differ). */
  clientLink?: ClientLink;
  /** When this client's visit started (ms): the same while the client stays. */
  since: number;
}

export interface TabState {
  tabId: number;
  frames: Record<string, FrameReport>;
  softCues: string[];
  /** Derived from the frames' reports and the soft cues by the background. */
  detection?: LiveDetection;
  /** The client's context carried across the screens of one visit (see screen-context.ts). */
  carried?: CarriedContext;
  updatedAt: number;
}
