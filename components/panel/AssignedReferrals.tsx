import { useCallback, useEffect, useState } from 'react';
import { api } from '@/lib/sync/api-client';
import { syncConfigItem } from '@/lib/settings/sync-config';
import { STATUS_TRANSITIONS } from '@/lib/contracts/referrals-api';
import { STATUS_LABELS } from '@/lib/handoffs';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { useT } from '../i18n';
import { StatusUpdater } from './StatusUpdater';

/** The client manager's referrals, from the branch server, with the next status one click away. */
export function AssignedReferrals() {
  const { t, lang } = useT();
  const [rows, setRows] = useState<ServerReferral[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    const config = await syncConfigItem.getValue();
    if (!config) return setError(t('syncNotConfigured'));
    const res = await api.assigned(config);
    if (res.ok) {
      setRows(res.data.referrals);
      setError(undefined);
    } else setError(t('cmLoadFailed', res.error));
  }, [t]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading from the server on mount
    void load();
  }, [load]);
  if (error)
    return (
      <p className="card notice error" role="alert">
        {error}
      </p>
    );
  if (!rows) return null;
  if (rows.length === 0) return <p className="card muted">{t('cmEmpty')}</p>;
  return (
    <section className="card" data-testid="assigned">
      {rows.map((r) => (
        <article
          key={r.id}
          className="assigned-row"
          data-testid="assigned-row"
          data-status={r.status}
        >
          <div>
            <b>{r.tier}</b> · {r.summary}
          </div>
          <div className="muted">
            {new Date(r.createdAt).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB')} ·{' '}
            {r.referrerStaffId} ·{' '}
            {lang === 'zh_CN' ? STATUS_LABELS[r.status].zh : STATUS_LABELS[r.status].en}
            {r.contact && ` · ${r.contact.name} ${r.contact.phone}`}
          </div>
          {STATUS_TRANSITIONS[r.status].length > 0 && (
            <StatusUpdater referral={r} onDone={() => void load()} />
          )}
        </article>
      ))}
    </section>
  );
}
