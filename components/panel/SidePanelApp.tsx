import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LangContext } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { useTerminalTab } from '../hooks/useTerminalTab';
import { useTabState } from '../hooks/useTabState';
import { useStorageItem } from '../hooks/useStorageItem';
import { NowPanel } from './NowPanel';
import { HandoffPanel } from './HandoffPanel';
import { MyReferrals } from './MyReferrals';
import { NotesForm } from './NotesForm';
import { SyncBar } from './SyncBar';
import { AssignedReferrals } from './AssignedReferrals';
import { translate, type MessageKey } from '@/lib/i18n/messages';
import { pageLang } from '@/lib/i18n/ui-language';
import { DEMO_ROSTER, rosterItem } from '@/lib/settings/branch-config';
import type { SoftCue } from '@/lib/signals/kinds';
import { sendFromPage } from '@/lib/messaging/send';
import './panel.css';

type Tab = 'now' | 'mine' | 'notes' | 'assigned';
const TABS: [Tab, MessageKey][] = [
  ['now', 'tabNow'],
  ['mine', 'tabMine'],
  ['notes', 'tabNotes'],
  ['assigned', 'tabAssigned'],
];

export function SidePanelApp() {
  const settings = useSettings();
  const tabId = useTerminalTab();
  const tabState = useTabState(tabId);
  const roster = useStorageItem(rosterItem, DEMO_ROSTER);
  const [tab, setTab] = useState<Tab>('now');
  const [hidden, setHidden] = useState(false);
  const lang = pageLang(settings.lang);
  const t = (k: MessageKey, ...s: (string | number)[]) => translate(lang, k, ...s);
  useEffect(() => {
    // One key hides everything at once (a client leaning over the counter).
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setHidden((h) => !h);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const setSoftCues = (cues: SoftCue[]) => {
    if (tabId !== undefined) void sendFromPage({ type: 'panel:set-soft-cues', tabId, cues });
  };
  const notifyOutbox = () =>
    void sendFromPage({ type: 'panel:outbox-changed' }).catch(() => undefined);
  if (hidden) {
    return (
      <button
        type="button"
        className="hidden-panel"
        onClick={() => setHidden(false)}
        data-testid="hidden"
      >
        {t('hoHidden')}
      </button>
    );
  }
  const detection = tabState?.detection;
  const canHandOff =
    detection?.clientPresent &&
    settings.role !== 'client_manager' &&
    settings.role !== 'supervisor';
  return (
    <LangContext.Provider value={lang}>
      <main className="panel" lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}>
        <header className="panel-header">
          <h1>{t('extShortName')}</h1>
          <nav role="tablist">
            {TABS.filter(
              ([id]) =>
                (id !== 'notes' || settings.role === 'non_cash_teller') &&
                (id !== 'assigned' || settings.role === 'client_manager'),
            ).map(([id, key]) => (
              <button key={id} role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
                {t(key)}
              </button>
            ))}
          </nav>
          <span className="muted">{t(`role_${settings.role}`)}</span>
          {settings.role === 'supervisor' && (
            <a
              href={browser.runtime.getURL('/supervisor.html')}
              target="_blank"
              rel="noreferrer"
              data-testid="open-supervisor"
            >
              {t('svOpenLog')}
            </a>
          )}
          <button
            type="button"
            className="link"
            onClick={() => setHidden(true)}
            title={t('hoHide')}
          >
            ⨯
          </button>
        </header>
        {tab === 'now' && (
          <NowPanel
            state={tabState}
            role={settings.role}
            onSoftCues={setSoftCues}
            renderHandoff={
              canHandOff
                ? (d, details) => (
                    <HandoffPanel
                      key={d.visitId ?? d.clientKey}
                      detection={d}
                      settings={settings}
                      roster={roster}
                      details={details}
                      onSaved={notifyOutbox}
                    />
                  )
                : undefined
            }
          />
        )}
        {tab === 'assigned' && <AssignedReferrals />}
        {tab === 'mine' && <MyReferrals staffId={settings.staffId} roster={roster} />}
        {tab === 'notes' &&
          (detection?.clientRef && detection.clientLink !== 'weak' ? (
            <NotesForm
              key={detection.clientRef}
              clientRef={detection.clientRef}
              staffId={settings.staffId}
              branchId={settings.branchId}
            />
          ) : (
            <p className="card muted">{t('notesNoClientRef')}</p>
          ))}
        <SyncBar />
      </main>
    </LangContext.Provider>
  );
}
