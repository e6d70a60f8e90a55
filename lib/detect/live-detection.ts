/**
 * What the side panel shows about the client on screen now: derived by the background from the
 * frames' reports, kept only in `storage.session`. Amounts appear only as bands, the card only as
 * its last 4 digits; there is no name, no ID number, no exact figure.
 */
import type { AmountBand, SignalKind, Tier } from '../signals/kinds';

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
  /** Keyed hash linking visits of the same client; never reversible to the number. */
  clientRef?: string;
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
