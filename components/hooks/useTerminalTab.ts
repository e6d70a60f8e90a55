import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The terminal tab the panel follows: the active tab of this window, or the tab pinned with
 * `?tabId=` (used when the panel is opened as a page, e.g. in tests, where it is itself active).
 */
export function useTerminalTab(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | undefined>(
    Number.isInteger(pinned) && pinned > 0 ? pinned : undefined,
  );
  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    const refresh = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => setTabId(tabs[0]?.id))
        .catch(() => setTabId(undefined));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.windows.onFocusChanged.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.windows.onFocusChanged.removeListener(refresh);
    };
  }, [pinned]);
  return tabId;
}
