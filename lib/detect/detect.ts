/**
 * One function from a page to a tier hint: extraction → signals → tiering, with masking.
 * Pure (takes a Document or an extraction): the background, the CLI and the tests run the same code.
 * The background runs it on the frames' merged reports; the content script never imports it.
 */
import { identityFields, identityHashInput, linkingEntries } from '../profile/identity';
import type { ClientLink } from '../privacy/client-identity';
import { extractPage, type Extraction } from '../profile/extract';
import { extractionOnScreen } from '../profile/screens';
import type { TerminalProfile } from '../profile/schema';
import { deriveSignals } from './derive-signals';
import type { AmountBand, SignalKind, Tier } from '../signals/kinds';
import type { Explanation, Signal } from '../signals/types';
import type { TieringConfig } from '../tiering/config-schema';
import { DEFAULT_TIERING_CONFIG } from '../tiering/defaults';
import type { TierReason } from '../tiering/reasons';
import { assignTier } from '../tiering/rules';
import { clientKeyOf } from './client-key';
import { confidenceOf } from './confidence';
import { maskFields } from './mask-fields';
import { isClientPresent } from './client-present';

export interface DetectOptions {
  /** The branch's tiering configuration (default: DEFAULT_TIERING_CONFIG). */
  config?: TieringConfig;
  /** Cues the teller ticked in the side panel. */
  tellerCues?: readonly SignalKind[];
  /** The page's URL, fragment included, for the profile's screens (default: the document's). */
  url?: string;
}

export interface DetectionResult {
  profile: { id: string; name: string; version: string };
  /** Every profile field, masked (last 4 digits, initial, amount band); null when missing or empty. */
  fields: Record<string, string | null>;
  missingFields: string[];
  /** Required fields not on the page: the terminal changed, detection should show "paused". */
  missingRequired: string[];
  /** Fields that point at a PIN/password-like element and were not read. */
  refusedFields: string[];
  /** An identity field has a value, or a transaction is on screen (./client-present). */
  clientPresent: boolean;
  /**
   * How the fields read would link this visit to the client's others (a full number, or only a
   * masked one with the name's initial); null: they would not. No number or hash in it.
   */
  clientLink: ClientLink | null;
  /** Changes when the client on screen changes; built from masked fields only. Null: no client. */
  clientKey: string | null;
  /** The profile's "transaction complete" marker is on the page (先办业务再引导). */
  transactionComplete: boolean;
  /** The profile screen the page shows, when the profile names screens. */
  screen?: string;
  signals: Signal[];
  tier: Tier;
  /** Why this tier (zh + en); the first is the retention warning when `retentionRisk`. */
  reasons: TierReason[];
  amountBand: AmountBand | null;
  retentionRisk: boolean;
  /** 0–1: lowered by missing fields, unreadable amounts, missing rates (see confidence.ts). */
  confidence: number;
  /** What lowered the confidence (zh + en). */
  notes: Explanation[];
  /**
   * The full account number as read, ONLY so the privacy module can turn it into a keyed hash
   * straight away. It must never be stored, sent, logged or displayed.
   */
  accountNumberForHashing?: string;
}

function plainValues(extraction: Extraction): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(extraction.fields).map(([key, field]) => [key, field.value]),
  );
}

function accountNumberOf(value: string | null | undefined): string | undefined {
  const compact = value?.replace(/[\s-]/g, '') ?? '';
  return /^[0-9]{8,32}$/.test(compact) ? compact : undefined;
}

/** Signals and tier for an extraction done elsewhere (e.g. in another frame). */
export function detectFromExtraction(
  extraction: Extraction,
  profile: TerminalProfile,
  options: DetectOptions = {},
): DetectionResult {
  const config = options.config ?? DEFAULT_TIERING_CONFIG;
  const values = plainValues(extraction);
  const derived = deriveSignals({ values, profile, config, tellerCues: options.tellerCues });
  const tiering = assignTier(
    {
      signals: derived.signals,
      clientLevel: values.clientLevel ?? null,
      premiumLevels: profile.premiumLevels,
    },
    config,
  );
  const fields = maskFields(extraction.fields, profile, config);
  const identity = identityFields(profile).map((key) => fields[key] ?? null);
  const required = new Set(
    Object.entries(profile.fields).flatMap(([key, spec]) => (spec.required ? [key] : [])),
  );
  const accountNumber = accountNumberOf(values.accountNumber);

  return {
    profile: { id: profile.id, name: profile.name, version: profile.version },
    fields,
    missingFields: extraction.missing,
    missingRequired: extraction.missingRequired,
    refusedFields: extraction.refused,
    clientPresent: isClientPresent(identity, values, derived.signals),
    clientLink: identityHashInput(linkingEntries(profile), values)?.link ?? null,
    clientKey: clientKeyOf(profile.id, identity),
    transactionComplete: extraction.transactionComplete,
    ...(extraction.screen ? { screen: extraction.screen } : {}),
    signals: derived.signals,
    tier: tiering.tier,
    reasons: tiering.reasons,
    amountBand: tiering.amountBand,
    retentionRisk: tiering.retentionRisk,
    confidence: confidenceOf(extraction, required, derived.notes),
    notes: derived.notes,
    ...(accountNumber ? { accountNumberForHashing: accountNumber } : {}),
  };
}

/** Reads the page with the profile and returns the masked fields, signals, tier and reasons. */
export function detect(
  doc: Document,
  profile: TerminalProfile,
  options: DetectOptions = {},
): DetectionResult {
  const extraction = extractionOnScreen(
    extractPage(doc, profile),
    profile,
    doc,
    options.url ?? doc.URL,
  );
  return detectFromExtraction(extraction, profile, options);
}
