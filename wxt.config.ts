import { defineConfig } from 'wxt';
import { manifestKeyFromEnv } from './scripts/package/signing-key';

/**
 * Terminal origins the extension may read. A bank sets its own with TERMINAL_ORIGINS at build
 * time (comma-separated match patterns); the default is the local demo terminal. These are the
 * ONLY host permissions the extension asks for.
 */
const terminalOrigins = (process.env.TERMINAL_ORIGINS ?? 'http://127.0.0.1/*,http://localhost/*')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

/**
 * With SIDEKICK_SIGNING_KEY set (as `npm run package` does), the manifest carries the signing
 * key's public half, so an unpacked build gets the same extension id as the signed package.
 */
const manifestKey = manifestKeyFromEnv();

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'sidePanel', 'alarms'],
    host_permissions: terminalOrigins,
    action: { default_title: '__MSG_extName__' },
    // What a bank's IT sets by policy (3rdparty.extensions.<id>); docs/deploy.md lists the keys.
    storage: { managed_schema: 'managed_schema.json' },
    ...(manifestKey ? { key: manifestKey } : {}),
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdOpenPanel__',
      },
    },
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // Content scripts run only on the configured terminal origins.
      for (const cs of manifest.content_scripts ?? []) cs.matches = terminalOrigins;
    },
  },
});
