/**
 * The server and token in force: a policy's `serverUrl` and `deviceToken` win over what was
 * entered in the options page (each on its own: a policy may fix the URL and leave the token to
 * the person at the PC).
 */
import type { ManagedConfig } from './managed-schema';
import { readManaged } from './managed-store';
import { syncConfigItem, type SyncConfig } from './sync-config';

export function mergeSyncConfig(
  local: SyncConfig | null,
  managed: ManagedConfig,
): SyncConfig | null {
  const url = managed.serverUrl ?? local?.url ?? '';
  const token = managed.deviceToken ?? local?.token ?? '';
  return url && token ? { url, token } : null;
}

export async function loadSyncConfig(): Promise<SyncConfig | null> {
  const [local, managed] = await Promise.all([syncConfigItem.getValue(), readManaged()]);
  return mergeSyncConfig(local, managed.config);
}
