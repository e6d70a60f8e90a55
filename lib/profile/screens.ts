/**
 * Which screen of a single-page terminal is showing, and what that means for the extraction:
 * only the screen's fields are expected (can be missing, and pause when required), and a screen
 * that means a business gives the business type when the page shows none. Pure, zod-free: the
 * content script, the background and the CLI run the same code.
 */
import type { Extraction } from './extract';
import type { TerminalProfile } from './schema';
import type { Screen } from './screens-schema';
import { SearchScope } from './lookup';
import { isTransactionComplete } from './completion';
import { matchesScreenPattern } from './match';

export type { Screen };

/**
 * The first of the profile's screens that shows: every condition it gives holds (a URL pattern
 * matches, fragment included; its marker is on the page). Undefined when the profile names no
 * screens or none shows.
 */
export function screenOf(
  profile: Pick<TerminalProfile, 'screens'>,
  doc: Document,
  url: string,
): Screen | undefined {
  const screens = profile.screens ?? [];
  if (screens.length === 0) return undefined;
  let scope: SearchScope | undefined;
  return screens.find((screen) => {
    if (screen.url.length > 0 && !screen.url.some((p) => matchesScreenPattern(p, url)))
      return false;
    if (!screen.marker) return true;
    return isTransactionComplete((scope ??= new SearchScope(doc, [])), screen.marker);
  });
}

/**
 * The fields expected now, given the screens the page's frames show; undefined when every field
 * is (a profile without screens). A profile with screens where none shows expects nothing.
 */
export function expectedFields(
  profile: Pick<TerminalProfile, 'screens'>,
  screenIds: readonly string[],
): Set<string> | undefined {
  const screens = profile.screens ?? [];
  if (screens.length === 0) return undefined;
  return new Set(
    screens.filter((screen) => screenIds.includes(screen.id)).flatMap((screen) => screen.fields),
  );
}

/** The screens named by id, in the order given (unknown ids skipped). */
export function screensById(
  profile: Pick<TerminalProfile, 'screens'>,
  screenIds: readonly string[],
): Screen[] {
  const screens = profile.screens ?? [];
  return screenIds.flatMap((id) => screens.filter((screen) => screen.id === id));
}

/**
 * The extraction as the shown screens mean it: `missing`/`missingRequired` only among the
 * expected fields, and the first screen's business type when the page shows none.
 */
export function applyScreens(
  extraction: Extraction,
  profile: Pick<TerminalProfile, 'screens' | 'fields'>,
  screenIds: readonly string[],
): Extraction {
  const expected = expectedFields(profile, screenIds);
  if (!expected) return extraction;
  const fields = { ...extraction.fields };
  const business = screensById(profile, screenIds).find((s) => s.businessType)?.businessType;
  if (business && !fields.businessType?.value)
    fields.businessType = { found: true, refused: false, value: business };
  const missing = extraction.missing.filter((key) => expected.has(key) && !fields[key]?.value);
  return {
    ...extraction,
    fields,
    missing,
    missingRequired: missing.filter((key) => profile.fields[key]?.required),
  };
}

/** The extraction of `doc` with the screen it shows applied (and named), for one-shot reads (CLI). */
export function extractionOnScreen(
  extraction: Extraction,
  profile: TerminalProfile,
  doc: Document,
  url: string,
): Extraction {
  if (!profile.screens?.length) return extraction;
  const screen = screenOf(profile, doc, url);
  const applied = applyScreens(extraction, profile, screen ? [screen.id] : []);
  return screen ? { ...applied, screen: screen.id } : applied;
}
