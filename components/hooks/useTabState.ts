import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabKey } from '@/lib/background/tab-state';
import type { TabState } from '@/lib/detect/live-detection';

/** Live state of one terminal tab, from `storage.session`, updated as the background writes it. */
export function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<{ tabId: number; value: TabState | undefined } | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabKey(tabId);
    let alive = true;
    void browser.storage.session.get(key).then((got) => {
      if (alive) setState({ tabId, value: got[key] as TabState | undefined });
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes)
        setState({ tabId, value: changes[key]?.newValue as TabState | undefined });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state && state.tabId === tabId ? state.value : undefined;
}
