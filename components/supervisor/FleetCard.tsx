import { useEffect, useState } from 'react';
import type { FleetOverview } from '@/lib/contracts/fleet-health';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { problemWords } from '@/lib/fleet-health/problem-words';
import { errorWords } from '@/lib/sync/error-words';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError } from '@/lib/sync/server-error';
import { useT } from '../i18n';

/** Supervisor / IT: which device runs which profile and tiering version, and problems in words. */
export function FleetCard({ config }: { config: SyncConfig }) {
  const { t, lang } = useT();
  const [loaded, setLoaded] = useState<{ data?: FleetOverview; failure?: ServerError }>();
  useEffect(() => {
    let live = true;
    void serverApi(config)
      .fleet()
      .then((res) => live && setLoaded(res.ok ? { data: res.data } : { failure: res.error }));
    return () => {
      live = false;
    };
  }, [config]);
  const time = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en', {
      hour12: false,
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  const data = loaded?.data;
  return (
    <section className="card" aria-labelledby="sv-fleet-title" data-testid="fleet-card">
      <h2 id="sv-fleet-title">{t('fleetTitle')}</h2>
      {loaded?.failure && (
        <p className="notice error" role="alert">
          {errorWords(t, loaded.failure)}
        </p>
      )}
      {data && (
        <>
          <h3>{t('fleetProblemsTitle')}</h3>
          {data.problems.length === 0 ? (
            <p className="muted">{t('fleetNoProblems')}</p>
          ) : (
            <ul data-testid="fleet-problems">
              {data.problems.map((p) => (
                <li key={`${p.branchId}/${p.profileLabel}/${p.problem}/${p.field ?? ''}`}>
                  {problemWords(t, p, time)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('fleetDevicesTitle')}</h3>
          {data.devices.length === 0 ? (
            <p className="muted">{t('fleetNoDevices')}</p>
          ) : (
            <table className="sv-audit-table" data-testid="fleet-devices">
              <thead>
                <tr>
                  <th scope="col">{t('fleetDevice')}</th>
                  <th scope="col">{t('fleetStaff')}</th>
                  <th scope="col">{t('fleetProfile')}</th>
                  <th scope="col">{t('fleetTiering')}</th>
                  <th scope="col">{t('fleetLastSeen')}</th>
                  <th scope="col">{t('fleetProblemCount')}</th>
                </tr>
              </thead>
              <tbody>
                {data.devices.map((d) => (
                  <tr key={d.deviceId}>
                    <td>{d.label ?? d.deviceId.slice(0, 8)}</td>
                    <td>{d.staffId}</td>
                    <td>
                      {d.profileLabel ?? '—'}
                      {d.profileVersion ? ` (v${d.profileVersion})` : ` (${t('fleetLocal')})`}
                    </td>
                    <td>{d.tieringVersion ? `v${d.tieringVersion}` : t('fleetLocal')}</td>
                    <td>{time(d.lastSeenAt)}</td>
                    <td>{d.problems}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
