import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { MeResponse } from '@/lib/contracts/auth';
import type { SyncConfig } from '@/lib/settings/sync-config';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';
import {
  checkFilters,
  DEFAULT_SORT,
  EMPTY_FILTERS,
  type LogFilterForm,
} from '../../lib/supervisor/log-query';
import { useDebounced } from './useDebounced';
import { useRoster } from './useRoster';
import { LogFilters } from './LogFilters';
import { LogView } from './LogView';
import { AuditView } from './AuditView';

/** Chart.js is about half of the page's own script: loaded when the charts tab is first opened. */
const ChartsView = lazy(() => import('./ChartsView').then((m) => ({ default: m.ChartsView })));

type Tab = 'log' | 'charts' | 'audit';
const TABS: [Tab, MessageKey][] = [
  ['log', 'svTabLog'],
  ['charts', 'svTabCharts'],
  ['audit', 'svTabAudit'],
];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** Tabs over one set of filters: the log table, the charts (same filters) and the audit log. */
export function SupervisorWorkspace({ config, me }: { config: SyncConfig; me: MeResponse }) {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('log');
  const [form, setForm] = useState<LogFilterForm>(EMPTY_FILTERS);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const applied = useDebounced(form, 300);
  const check = useMemo(() => checkFilters(applied), [applied]);
  const roster = useRoster(config);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Alt+1/2/3 switch tabs; "/" jumps to the search box.
    const onKey = (e: KeyboardEvent) => {
      const index = e.altKey ? Number(e.key) - 1 : -1;
      const target = TABS[index];
      if (target) {
        e.preventDefault();
        setTab(target[0]);
      } else if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <nav className="sv-tabs" role="tablist" aria-label={t('svTitle')}>
        {TABS.map(([id, key], i) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-keyshortcuts={`Alt+${i + 1}`}
            onClick={() => setTab(id)}
          >
            {t(key)}
            <kbd>Alt+{i + 1}</kbd>
          </button>
        ))}
      </nav>
      {tab !== 'audit' && (
        <LogFilters
          form={form}
          onChange={setForm}
          invalid={check.ok ? [] : check.fields}
          roster={roster}
          searchRef={search}
        />
      )}
      {tab === 'log' && (
        <LogView
          config={config}
          me={me}
          check={check}
          sort={sort}
          onSort={setSort}
          roster={roster}
        />
      )}
      {tab === 'charts' && (
        <Suspense fallback={<p className="muted">{t('svLoading')}</p>}>
          <ChartsView config={config} check={check} />
        </Suspense>
      )}
      {tab === 'audit' && <AuditView config={config} roster={roster} />}
    </>
  );
}
