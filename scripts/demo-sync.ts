/**
 * The demo's side of the sync server for `npm start`: starts it on the embedded SQLite default,
 * seeds the demo roster, revokes the previous run's demo tokens and issues fresh ones (teller,
 * client manager, supervisor) — printed once, never written to a file.
 */
import path from 'node:path';
import { startSyncServer, type RunningServer } from '../server/start';
import { configFromEnv } from '../server/config';
import { extensionIdFromKey, unpackedExtensionId } from '../server/util/extension-id';
import { manifestKeyFromEnv } from './package/signing-key';
import { createToken, listTokens, revokeToken } from '../server/repo/tokens';
import { replaceRoster } from '../server/repo/roster';
import { DEMO_ROSTER } from '../lib/settings/demo-roster';
import type { TokenRole } from '../lib/contracts/auth';

export interface DemoSync {
  server: RunningServer;
  tokens: Record<'teller' | 'client_manager' | 'supervisor', string>;
}

const DEMO_LABEL = 'npm start demo';
/** Where `npm start` builds the extension (scripts/start.ts). */
export const DEMO_EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');
const DEMO_PEOPLE: [keyof DemoSync['tokens'], TokenRole, string][] = [
  ['teller', 'teller', 'T001'],
  ['client_manager', 'client_manager', 'M001'],
  ['supervisor', 'supervisor', 'S001'],
];

export async function startDemoSync(): Promise<DemoSync> {
  // Request logs would drown the demo's console; errors still show.
  const quiet = {
    info: () => undefined,
    error: (msg: string) => console.error(`sync server: ${msg}`),
  };
  const config = configFromEnv();
  // The extension `npm start` is about to build and load unpacked: with SIDEKICK_SIGNING_KEY set
  // its id comes from that key (as the signed package's does), else it is the hash of its folder.
  // ALLOWED_EXTENSION_IDS, when set, is used as it is.
  const manifestKey = manifestKeyFromEnv();
  const allowedExtensionIds = config.allowedExtensionIds?.length
    ? config.allowedExtensionIds
    : [manifestKey ? extensionIdFromKey(manifestKey) : unpackedExtensionId(DEMO_EXTENSION_DIR)];
  const server = await startSyncServer({ ...config, allowedExtensionIds }, quiet);
  const now = new Date();
  await replaceRoster(server.db, DEMO_ROSTER, ['0101'], now, 'npm start');
  for (const old of await listTokens(server.db)) {
    if (old.label === DEMO_LABEL && !old.revokedAt)
      await revokeToken(server.db, old.id, now, 'npm start');
  }
  const tokens = {} as DemoSync['tokens'];
  for (const [key, role, staffId] of DEMO_PEOPLE) {
    tokens[key] = (
      await createToken(
        server.db,
        { role, branchId: '0101', staffId, label: DEMO_LABEL },
        now,
        'npm start',
      )
    ).token;
  }
  return { server, tokens };
}
