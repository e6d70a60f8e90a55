/**
 * The way a bank installs it: `npm run package` signs the extension, the branch sync server hosts
 * update.xml and the .crx (EXTENSION_DIR), a Chromium policy file force-installs it from there
 * with managed configuration, and Debian's Chromium — started WITHOUT --load-extension — installs
 * it, hands it the managed values, and the installed extension reads the demo terminal and syncs a
 * referral. The policy file applies to every Chromium on the machine: it is removed in `finally`,
 * whatever happens, and the browser session that needs it is kept short.
 */
import { chromium, expect, test, type BrowserContext, type Worker } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../../demo/serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/browser/extension';
import { openTerminalAndPanel } from '../../support/browser/panel';
import { demoProfile } from '../../lib/profile/builtin/demo';
import { serverReferrals, startTestSyncServer } from './fixtures/sync-server';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'teller-sidekick-e2e.json');

function policyDirWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `npm run package` into `outDir` with the key at `keyPath`; returns the id (its last line). */
function runPackage(outDir: string, keyPath: string): string {
  const run = spawnSync('npx', ['tsx', 'scripts/package.ts', '--out-dir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, SIDEKICK_SIGNING_KEY: keyPath },
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`npm run package failed: ${run.stderr}`);
  const id = run.stdout.trim().split('\n').pop() ?? '';
  expect(id).toMatch(/^[a-p]{32}$/);
  return id;
}

/** What an admin's `config push` does, through the API: the branch's profile, a new version. */
function pushProfile(url: string, token: string, profile: unknown): Promise<Response> {
  return fetch(`${url}/v1/config`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'profile', scope: '0101', config: profile, note: 'e2e' }),
  });
}

function launchWithPolicy(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--disable-background-networking'),
    // No --load-extension: the policy installs it. Playwright's defaults would switch extensions
    // off and stop the extension updater (background networking) that fetches update.xml.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
  });
}

async function extensionWorker(context: BrowserContext, id: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${id}/`);
  return (
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 60_000 }))
  );
}

test('force-installed by policy from the branch server, configured by policy (server, token, profile from the server), syncs a referral as the token’s staff', async () => {
  test.skip(!policyDirWritable(), `needs write access to ${POLICY_DIR} (run as root, as CI does)`);
  test.setTimeout(240_000);
  const work = await mkdtemp(path.join(tmpdir(), 'sidekick-policy-'));
  const packageDir = path.join(work, 'package');

  const packStarted = Date.now();
  const id = runPackage(packageDir, path.join(work, 'signing-key.pem'));
  const packMs = Date.now() - packStarted;
  test.info().annotations.push({ type: 'package time', description: `${packMs} ms` });

  // The sync server hosts the package; CORS lets in the id the package's key gives.
  const sync = await startTestSyncServer({ extensionDir: packageDir });
  const demo = await startDemoServer({ port: 0 });
  // What IT sets: the server, the branch, this PC's token (a per-PC policy) and "the profile
  // comes from the server" — nothing is typed at the counter.
  const tellerToken = await sync.tokenFor('teller', 'T001');
  const managerToken = await sync.tokenFor('client_manager', 'M001');
  const supervisorToken = await sync.tokenFor('supervisor', 'S001');
  const central = await pushProfile(sync.server.url, supervisorToken, {
    ...demoProfile,
    version: '2026.12-e2e',
  });
  expect(central.status).toBe(201);
  const managed = {
    serverUrl: sync.server.url,
    branchId: '0101',
    deviceToken: tellerToken,
    profileSource: 'server',
  };
  let context: BrowserContext | undefined;
  try {
    await writeFile(
      POLICY_FILE,
      JSON.stringify({
        ExtensionInstallForcelist: [`${id};${sync.server.url}/extension/update.xml`],
        '3rdparty': { extensions: { [id]: managed } },
        // By default DevTools (and so Playwright) may not attach to policy-installed extensions.
        DeveloperToolsAvailability: 1,
      }),
      { mode: 0o644 },
    );
    const launched = Date.now();
    context = await launchWithPolicy(path.join(work, 'profile'));
    const sw = await extensionWorker(context, id);
    const installMs = Date.now() - launched;
    test.info().annotations.push({ type: 'install time', description: `${installMs} ms` });
    console.log(`package ${packMs} ms, install under policy ${installMs} ms`);

    // Installed by policy (not unpacked), and the managed configuration reaches the extension.
    expect(await sw.evaluate('chrome.management.getSelf().then((s) => s.installType)')).toBe(
      'admin',
    );
    await expect
      .poll(() => sw.evaluate('chrome.storage.managed.get(null)'), { timeout: 15_000 })
      .toEqual(managed);

    // Configured from policy: the profile in force is the server's version, and the staff ID
    // comes from the token (/v1/me) — no sign-in, no connect in the options page.
    await expect
      .poll(
        () =>
          sw.evaluate(
            "chrome.storage.local.get('serverProfile').then((g) => g.serverProfile?.version ?? null)",
          ),
        { timeout: 30_000 },
      )
      .toBe('2026.12-e2e');
    await expect
      .poll(
        () =>
          sw.evaluate(
            "chrome.storage.local.get('serverIdentity').then((g) => JSON.stringify(g.serverIdentity ?? null))",
          ),
        { timeout: 30_000 },
      )
      .toContain('"T001"');

    // The policy-installed extension reads the demo terminal and syncs a referral.
    const { panel } = await openTerminalAndPanel(context, sw, id, demo.url, 'time-deposit-vip');
    await panel.getByTestId('manager').selectOption('M001');
    await panel.getByRole('button', { name: /推介给客户经理/ }).click();
    await expect(panel.getByTestId('handoff-confirmation')).toBeVisible();
    await expect
      .poll(() => serverReferrals(sync.server.url, managerToken), { timeout: 30_000 })
      .toHaveLength(1);
    const [stored] = await serverReferrals(sync.server.url, managerToken);
    expect(stored).toMatchObject({ referrerStaffId: 'T001' });
  } finally {
    await rm(POLICY_FILE, { force: true });
    await context?.close();
    await demo.close();
    await sync.close();
    await rm(work, { recursive: true, force: true });
  }
});
