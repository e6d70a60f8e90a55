import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Placeholder watcher: reports this frame to the background (extraction comes with the engine). */
export function startTerminalWatcher(ctx: ContentScriptContext): void {
  const report = () =>
    browser.runtime.sendMessage({
      type: 'terminal:frame-report',
      fields: {},
      missing: [],
      transactionComplete: false,
      profileVersion: 'none',
    });
  void report().catch(() => undefined);
  ctx.onInvalidated(() => {
    void browser.runtime.sendMessage({ type: 'terminal:frame-gone' }).catch(() => undefined);
  });
}
