import { browser } from 'wxt/browser';
import { LangContext } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { useTerminalTab } from '../hooks/useTerminalTab';
import { useTabState } from '../hooks/useTabState';
import { NowPanel } from './NowPanel';
import { translate } from '@/lib/i18n/messages';
import type { SoftCue } from '@/lib/messaging/protocol';
import './panel.css';

export function SidePanelApp() {
  const settings = useSettings();
  const tabId = useTerminalTab();
  const tabState = useTabState(tabId);
  const setSoftCues = (cues: SoftCue[]) => {
    if (tabId !== undefined)
      void browser.runtime.sendMessage({ type: 'panel:set-soft-cues', tabId, cues });
  };
  return (
    <LangContext.Provider value={settings.lang}>
      <main className="panel" lang={settings.lang === 'zh_CN' ? 'zh-CN' : 'en'}>
        <header className="panel-header">
          <h1>{translate(settings.lang, 'extShortName')}</h1>
          <span className="muted">{translate(settings.lang, `role_${settings.role}`)}</span>
        </header>
        <NowPanel state={tabState} role={settings.role} onSoftCues={setSoftCues} />
      </main>
    </LangContext.Provider>
  );
}
