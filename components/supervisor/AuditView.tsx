import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RosterEntry } from '@/lib/contracts/roster';
import type { AuditEntryView } from '@/lib/contracts/audit-api';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { errorDetail, errorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError } from '@/lib/sync/server-error';
import { useT } from '../i18n';
import { AUDIT_FILTERS } from '../../lib/supervisor/audit-words';
import { AuditRow } from './AuditRow';
import { RetentionCard } from './RetentionCard';
import { FleetCard } from './FleetCard';

interface Loaded {
  entries: AuditEntryView[];
  next?: number;
  failure?: ServerError;
}

/** The branch's audit log, newest first, read-only (nobody can edit it, not even here). */
export function AuditView({
  config,
  roster,
}: {
  config: SyncConfig;
  roster: readonly RosterEntry[];
}) {
  const { t } = useT();
  const names = useMemo(() => new Map(roster.map((m) => [m.staffId, m.name])), [roster]);
  const [action, setAction] = useState('');
  const [loaded, setLoaded] = useState<Loaded>();
  const load = useCallback(
    async (before: number | undefined, previous: AuditEntryView[]) => {
      const res = await serverApi(config).audit({ before, action: action || undefined });
      setLoaded(
        res.ok
          ? {
              entries: [...previous, ...res.data.entries],
              ...(res.data.next ? { next: res.data.next } : {}),
            }
          : { entries: previous, failure: res.error },
      );
    },
    [config, action],
  );
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- first page on open and on a new filter
    void load(undefined, []);
  }, [load]);
  return (
    <>
      <section className="card sv-audit" aria-labelledby="sv-audit-title">
        <div className="sv-audit-head">
          <h2 id="sv-audit-title">{t('svAuditTitle')}</h2>
          <label className="field sv-inline">
            <span className="sv-label">{t('svAuditFilter')}</span>
            <select
              value={action}
              onChange={(e) => setAction(e.target.value)}
              data-testid="audit-filter"
            >
              {AUDIT_FILTERS.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted">{t('svAuditReadOnly')}</p>
        {loaded?.failure && (
          <p className="notice error" role="alert">
            {errorWords(t, loaded.failure)}
            <Details text={errorDetail(loaded.failure)} />
          </p>
        )}
        {loaded && loaded.entries.length === 0 && !loaded.failure && (
          <p className="muted">{t('svAuditEmpty')}</p>
        )}
        {loaded && loaded.entries.length > 0 && (
          <table className="sv-audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('svAuditAt')}</th>
                <th scope="col">{t('svAuditActor')}</th>
                <th scope="col">{t('svAuditAction')}</th>
                <th scope="col">{t('supervisor_auditDescribe')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.entries.map((e) => (
                <AuditRow key={e.id} entry={e} names={names} />
              ))}
            </tbody>
          </table>
        )}
        {loaded?.next && (
          <button
            type="button"
            className="link"
            onClick={() => void load(loaded.next, loaded.entries)}
          >
            {t('svLoadMore')}
          </button>
        )}
      </section>
      <RetentionCard />
      <FleetCard config={config} />
    </>
  );
}
