/**
 * In a build without pinned terminal origins: keeps the terminal watcher registered for the
 * configured origins the browser granted (lib/origins/register), again when the policy, the
 * profile or the granted permissions change. A policy's inline profile is put in force here, so
 * the content script and the panel read one profile from storage.
 */
import { browser } from 'wxt/browser';
import { configuredOrigins, isUnpinnedBuild } from '../origins/configured';
import { syncRegistrations } from '../origins/register';
import { demoProfile } from '../profile/builtin/demo';
import { managedInlineProfile } from '../settings/managed-profile';
import { readManaged, watchManaged } from '../settings/managed-store';
import { customProfileItem } from '../settings/profile-item';
import { serverProfileItem } from '../central-config/items';
import { createSerialQueue } from './serial-queue';

export function setUpOrigins(): void {
  const enqueue = createSerialQueue();
  const unpinned = isUnpinnedBuild(
    browser.runtime.getManifest() as { optional_host_permissions?: string[] },
  );

  const update = () =>
    enqueue('origins', async () => {
      const managed = (await readManaged()).config;
      const inline = managedInlineProfile(managed);
      const [stored, fromServer] = await Promise.all([
        customProfileItem.getValue(),
        serverProfileItem.getValue(),
      ]);
      if (inline && JSON.stringify(inline) !== JSON.stringify(stored))
        await customProfileItem.setValue(inline);
      if (!unpinned) return;
      const origins = configuredOrigins(managed, inline ?? fromServer ?? stored ?? demoProfile);
      const result = await syncRegistrations(origins, browser.scripting, browser.permissions);
      for (const { pattern, problem } of result.check.rejected)
        console.warn(`[sidekick] terminal origin refused (${problem}): ${pattern}`);
    }).catch((error: unknown) =>
      console.warn('[sidekick] registering terminal origins failed', error),
    );

  watchManaged(() => void update());
  customProfileItem.watch(() => void update());
  serverProfileItem.watch(() => void update());
  if (unpinned) {
    browser.permissions.onAdded.addListener(() => void update());
    browser.permissions.onRemoved.addListener(() => void update());
  }
  void update();
}
