/**
 * Where the terminal profile and tiering config come from: 'inline' (pasted in the options page,
 * the default) or 'server' (the branch server's central config). The one place this is read:
 * the managed setting `profileSource` (enterprise policy) wins; without one, the local key of the
 * same name; without either, 'inline'.
 */
import { browser } from 'wxt/browser';
import { managedProfileSource } from '../settings/managed-profile';
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS, localKey } from '../settings/storage-keys';
import type { ProfileSource } from './state';

const localSource = storage.defineItem<unknown>(localKey(STORAGE_KEYS.profileSource), {
  fallback: 'inline',
});

const asSource = (value: unknown): ProfileSource | undefined =>
  value === 'server' || value === 'inline' ? value : undefined;

/** What the policy decides (validated by the managed store); 'local': the policy is silent. */
async function managedSource(): Promise<ProfileSource | undefined> {
  const decided = await managedProfileSource();
  return decided === 'local' ? undefined : decided;
}

export async function readProfileSource(): Promise<ProfileSource> {
  return (await managedSource()) ?? asSource(await localSource.getValue()) ?? 'inline';
}

/** Calls `cb` with the source whenever the local setting or the policy changes. */
export function watchProfileSource(cb: (source: ProfileSource) => void): () => void {
  const again = () => void readProfileSource().then(cb);
  const unwatch = localSource.watch(again);
  const onChanged = (_: unknown, area: string) => {
    if (area === 'managed') again();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(onChanged);
  };
}
