/**
 * Reads the policy IT set (`storage.managed`). A browser or install without one (Firefox without
 * policies.json, an unpacked build, no policy at all) answers with an error or nothing: that is
 * "no policy", not a fault.
 */
import { browser } from 'wxt/browser';
import { EMPTY_MANAGED, parseManaged, type ManagedRead } from './managed-schema';

export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function readManaged(
  area: ManagedArea | undefined = browser.storage.managed,
): Promise<ManagedRead> {
  if (!area) return EMPTY_MANAGED;
  try {
    return parseManaged(await area.get());
  } catch {
    return EMPTY_MANAGED;
  }
}

/** Calls `cb` when the policy changes (Chrome re-reads policies while running). */
export function watchManaged(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
