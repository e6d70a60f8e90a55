import { defineContentScript } from 'wxt/utils/define-content-script';
import { startTerminalWatcher } from '@/lib/content/terminal-watcher';

/** Terminal watcher: runs in every frame of the configured terminal origins (see wxt.config.ts). */
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    void startTerminalWatcher(ctx);
  },
});
