/**
 * Turns a tab's frame reports into what the panel and the badge show: the engine's detection,
 * reduced to privacy-safe pieces (bands, last 4 digits), plus selector health: required fields
 * missing for PAUSE_AFTER_MS put the tab in the "paused" state, never a silent failure.
 */
import { detectFromExtraction } from './detect';
import type { TerminalProfile } from '../profile/schema';
import type { SignalKind } from '../signals/kinds';
import type { TieringConfig } from '../tiering/config-schema';
import type { LiveDetection } from './live-detection';
import type { BadgeState } from '../messaging/badge-states';
import { screenExtraction } from './screen-context';
import type { TabState } from './live-detection';
import { pickClientRef } from './frame-client-ref';
import { nextVisit } from './visit';
import { maskInitial } from './mask';

export const PAUSE_AFTER_MS = 3000;

function last4(masked: string | null | undefined): string | undefined {
  const m = masked?.match(/(\d{4})$/);
  return m?.[1];
}

export function deriveLiveDetection(
  state: TabState,
  profile: TerminalProfile,
  config: TieringConfig,
  now: number,
  previous: LiveDetection | undefined,
  /** New visit ids (injected so the same inputs give the same detection). */
  newVisitId: () => string = () => crypto.randomUUID(),
): LiveDetection {
  const result = detectFromExtraction(screenExtraction(state, profile), profile, {
    config,
    tellerCues: state.softCues as SignalKind[],
  });
  const missingSince =
    result.missingRequired.length === 0 ? undefined : (previous?.missingSince ?? now);
  const ref =
    pickClientRef(state.frames) ??
    (state.carried?.clientRef
      ? { clientRef: state.carried.clientRef, clientLink: state.carried.clientLink ?? 'number' }
      : undefined);
  const clientKey = result.clientKey ?? '';
  return {
    clientPresent: result.clientPresent,
    tier: result.clientPresent ? result.tier : null,
    reasons: result.reasons.map(({ zh, en }) => ({ zh, en })),
    signals: result.signals.map((s) =>
      s.amountBand ? { kind: s.kind, band: s.amountBand } : { kind: s.kind },
    ),
    retentionRisk: result.retentionRisk,
    existingPremium: result.reasons.some((r) => r.code === 'existing_premium_level'),
    transactionComplete: result.transactionComplete,
    cardLast4: last4(result.fields.cardNumber) ?? last4(result.fields.accountNumber),
    ...(result.fields.clientName ? { clientInitial: maskInitial(result.fields.clientName) } : {}),
    ...ref,
    ...nextVisit(
      previous,
      {
        // Screens of one visit show different identity fields: the carried context holds the visit.
        clientKey: state.carried ? `carried-${state.carried.since}` : clientKey,
        clientPresent: result.clientPresent,
        transactionComplete: result.transactionComplete,
      },
      newVisitId,
    ),
    missingRequired: result.missingRequired,
    missingSince,
    paused: missingSince !== undefined && now - missingSince >= PAUSE_AFTER_MS,
    confidence: result.confidence,
    clientKey,
    profileVersion: `${result.profile.id}@${result.profile.version}`,
    updatedAt: now,
  };
}

/** The badge says only "worth a look" or "paused": no tier, no words. */
export function badgeStateFor(d: LiveDetection): BadgeState {
  if (d.paused) return 'paused';
  if (!d.clientPresent) return 'hidden';
  return d.tier === 'D' && !d.retentionRisk ? 'hidden' : 'attention';
}
