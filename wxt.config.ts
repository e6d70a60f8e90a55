import { defineConfig } from 'wxt';
import { manifestKeyFromEnv } from './scripts/package/signing-key';

/**
 * Terminal origins the extension may read. A bank that wants them pinned in the manifest sets
 * TERMINAL_ORIGINS at build time (comma-separated match patterns); the default is the local demo
 * terminal. These are then the ONLY host permissions the extension has.
 *
 * TERMINAL_ORIGINS set but empty builds one package for every branch: no host permissions and no
 * content script in the manifest; the origins come from policy or the profile, are requested one
 * by one in the options page (optional_host_permissions only makes them requestable) and the
 * terminal watcher is registered for them at run time (lib/origins).
 */
const terminalOrigins = (process.env.TERMINAL_ORIGINS ?? 'http://127.0.0.1/*,http://localhost/*')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const pinned = terminalOrigins.length > 0;

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
    permissions: ['storage', 'sidePanel', 'alarms', ...(pinned ? [] : ['scripting'])],
    host_permissions: terminalOrigins,
    ...(pinned ? {} : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
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
      // Unpinned: the watcher is registered at run time for the granted origins only.
      if (!pinned) delete manifest.content_scripts;
    },
  },
});
