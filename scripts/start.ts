/**
 * `npm start`: builds the extension, serves the demo teller terminal (and, once present, the sync
 * server on its embedded SQLite default) and opens Chromium with the extension when a display is
 * available. Without a display it prints what to open and how to load the extension by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../demo/serve.ts';
import { startDemoSync } from './demo-sync.ts';

const root = path.resolve(import.meta.dirname, '..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const demoPort = Number(process.env.DEMO_PORT ?? 5173);

/** Builds the demo extension, pointed at the local sync server with the teller's token. */
function build(syncUrl: string, tellerToken: string): void {
  console.log('▶ Building the extension (wxt build)…');
  const env = { ...process.env, VITE_DEMO_SYNC_URL: syncUrl, VITE_DEMO_SYNC_TOKEN: tellerToken };
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const sync = await startDemoSync();
  console.log(`✔ Sync server 同步服务器 (SQLite, ./data): ${sync.server.url}`);
  build(sync.server.url, sync.tokens.teller);
  const demo = await startDemoServer({ port: demoPort });
  const terminalUrl = `${demo.url}/?scenario=time-deposit-vip`;
  console.log(`\n✔ Demo teller terminal 演示柜面系统: ${demo.url}/`);
  console.log(`  Demo tokens (paste one into the extension's options to change who is signed in):
    teller T001          ${sync.tokens.teller}   (already set in this build)
    client manager M001  ${sync.tokens.client_manager}
    supervisor S001      ${sync.tokens.supervisor}`);

  const hasDisplay = Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
  if (hasDisplay && existsSync(chromium)) {
    const profileDir = path.join(root, 'data', 'chromium-profile');
    mkdirSync(profileDir, { recursive: true });
    console.log('✔ Opening Chromium with Teller Sidekick loaded…');
    const browser = spawn(
      chromium,
      [
        `--user-data-dir=${profileDir}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--disable-background-networking',
        terminalUrl,
      ],
      { stdio: 'ignore' },
    );
    browser.on(
      'exit',
      () => void Promise.all([demo.close(), sync.server.close()]).then(() => process.exit(0)),
    );
  } else {
    console.log(`
No display found, so Chromium was not opened. To try it by hand:
  1. Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
     ${extensionDir}
  2. Open ${terminalUrl}
  3. Click the small round badge at the bottom right of the terminal (or press Alt+Shift+S)
     to open the side panel.
Press Ctrl+C to stop.`);
  }

  const stop = () =>
    void Promise.all([demo.close(), sync.server.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
