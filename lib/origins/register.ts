/**
 * Registers the terminal watcher for the configured origins at run time (a build without pinned
 * TERMINAL_ORIGINS): only origins that pass the pattern policy and that the browser granted, and
 * unregisters the ones no longer configured or no longer granted. The browser API is injected.
 */
import { checkOrigins, type OriginCheck } from './pattern-policy';
import { registrationDiff, scriptIdFor, type RegistrationDiff } from './registration-diff';

/** The file WXT builds from entrypoints/content.ts. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<{ id: string }[]>;
  registerContentScripts(
    scripts: {
      id: string;
      js: string[];
      matches: string[];
      allFrames: boolean;
      matchOriginAsFallback?: boolean;
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export interface SyncResult extends RegistrationDiff {
  check: OriginCheck;
}

export async function syncRegistrations(
  configured: readonly string[],
  scripting: ScriptingApi,
  permissions: PermissionsApi,
): Promise<SyncResult> {
  const check = checkOrigins(configured);
  const granted = new Set<string>();
  for (const pattern of check.allowed)
    if (await permissions.contains({ origins: [pattern] })) granted.add(pattern);
  const registered = (await scripting.getRegisteredContentScripts()).map((s) => s.id);
  const diff = registrationDiff(check.allowed, (p) => granted.has(p), registered);
  if (diff.unregister.length > 0)
    await scripting.unregisterContentScripts({ ids: diff.unregister });
  if (diff.register.length > 0)
    await scripting.registerContentScripts(
      diff.register.map((pattern) => ({
        id: scriptIdFor(pattern),
        js: [CONTENT_SCRIPT_FILE],
        matches: [pattern],
        allFrames: true,
        // about:blank and srcdoc frames of the terminal too (Chrome allows it only for a "/*" path).
        ...(/^[^:]+:\/\/[^/]+\/\*$/.test(pattern) ? { matchOriginAsFallback: true } : {}),
        runAt: 'document_idle',
        persistAcrossSessions: true,
      })),
    );
  return { ...diff, check };
}
