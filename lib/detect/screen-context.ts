/**
 * The client's context across the screens of one visit to a single-page terminal. The client
 * screen (#/client) shows the name, the masked card and the level 金卡; the deposit screen
 * (#/deposit) shows the amount and the term but not the level. The background keeps what the
 * client screen showed (in the tab's state: memory and `storage.session` only, never persisted)
 * and fills it in on the next screens — until the client changes.
 *
 * The client changes when an identity field (those of `clientIdentity` and the default ones: card,
 * ID number, name, account) shows a value different from the one carried, when the keyed hash of the account
 * number differs, or when a screen marked `endsVisit` shows. A screen that shows no identity at
 * all keeps the carried client. Pure: the terminal service calls it on every report.
 */
import { DEFAULT_CLIENT_IDENTITY } from '../profile/format';
import type { Extraction } from '../profile/extract';
import type { TerminalProfile } from '../profile/schema';
import { applyScreens, screensById } from '../profile/screens';
import { mergeFrameReports } from './merge-frames';
import { pickClientRef } from './frame-client-ref';
import type { ClientLink } from '../privacy/client-identity';
import { identityFields } from '../profile/identity';
import type { CarriedContext, FrameReport, TabState } from './live-detection';

type Frames = Record<string, FrameReport>;

const newestFirst = (frames: Frames): FrameReport[] =>
  Object.values(frames).sort((a, b) => b.at - a.at);

/** The screens the tab's frames show, the most recently reported first. */
export function reportedScreens(frames: Frames): string[] {
  const ids = newestFirst(frames).flatMap((f) => (f.screen ? [f.screen] : []));
  return [...new Set(ids)];
}

/** The fields carried across screens: `carryAcrossScreens`, else the level and the identity. */
export function carriedKeys(profile: TerminalProfile): string[] {
  const keys = profile.carryAcrossScreens ?? ['clientLevel', ...identityFields(profile)];
  return [...new Set(keys)].filter((key) => key in profile.fields);
}

function shownValues(extraction: Extraction, keys: readonly string[]): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const key of keys) {
    const value = extraction.fields[key]?.value;
    if (value) shown[key] = value;
  }
  return shown;
}

/** Every field that tells clients apart: `clientIdentity` and the default identity fields. */
function tellingKeys(profile: TerminalProfile): string[] {
  const keys = new Set([...identityFields(profile), ...DEFAULT_CLIENT_IDENTITY]);
  return [...keys].filter((key) => key in profile.fields);
}

function clientChanged(
  carried: CarriedContext,
  identity: Record<string, string>,
  ref: { clientRef: string; clientLink: ClientLink } | undefined,
): boolean {
  // Only refs of the same strength compare: a weak ref and a number ref of one client differ.
  const sameStrength = ref && (carried.clientLink ?? 'number') === ref.clientLink;
  if (sameStrength && carried.clientRef && ref.clientRef !== carried.clientRef) return true;
  return Object.entries(identity).some(
    ([key, value]) => carried.identity[key] !== undefined && carried.identity[key] !== value,
  );
}

/** The carried context after the tab's latest reports; undefined when nothing is carried. */
export function carryAcross(
  state: TabState,
  profile: TerminalProfile,
  now: number,
): CarriedContext | undefined {
  if (!profile.screens?.length) return undefined;
  if (screensById(profile, reportedScreens(state.frames)).some((s) => s.endsVisit))
    return undefined;
  const page = mergeFrameReports(state.frames, profile);
  const identity = shownValues(page, tellingKeys(profile));
  const picked = pickClientRef(state.frames);
  const previous =
    state.carried && !clientChanged(state.carried, identity, picked) ? state.carried : undefined;
  const values = { ...previous?.values, ...shownValues(page, carriedKeys(profile)) };
  const ref =
    picked ??
    (previous?.clientRef
      ? { clientRef: previous.clientRef, clientLink: previous.clientLink ?? 'number' }
      : undefined);
  if (Object.keys(values).length === 0 && !ref) return undefined;
  return {
    values,
    identity: { ...previous?.identity, ...identity },
    ...(ref ? { clientRef: ref.clientRef, clientLink: ref.clientLink } : {}),
    since: previous?.since ?? now,
  };
}

/** Fills the carried values in where the page shows none (they are then not missing either). */
export function withCarried(
  extraction: Extraction,
  carried: CarriedContext | undefined,
): Extraction {
  if (!carried) return extraction;
  const fields = { ...extraction.fields };
  const filled = new Set<string>();
  for (const [key, value] of Object.entries(carried.values)) {
    if (fields[key]?.value || !(key in fields)) continue;
    fields[key] = { found: true, refused: false, value };
    filled.add(key);
  }
  if (filled.size === 0) return extraction;
  return {
    ...extraction,
    fields,
    missing: extraction.missing.filter((key) => !filled.has(key)),
    missingRequired: extraction.missingRequired.filter((key) => !filled.has(key)),
  };
}

/** The tab's frames merged, as the shown screens mean them, with the carried client context. */
export function screenExtraction(state: TabState, profile: TerminalProfile): Extraction {
  const merged = mergeFrameReports(state.frames, profile);
  return withCarried(applyScreens(merged, profile, reportedScreens(state.frames)), state.carried);
}
