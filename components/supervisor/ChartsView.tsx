import { useEffect, useState } from 'react';
import type { ReferralStats } from '@/lib/contracts/referral-stats';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { errorDetail, errorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { serverApi } from '@/lib/sync/server-api';
import type { ServerError } from '@/lib/sync/server-error';
import { useT } from '../i18n';
import type { FilterCheck } from '../../lib/supervisor/log-query';
import './charts/chart-setup';
import { FunnelTotals } from './charts/FunnelTotals';
import { FunnelChart } from './charts/FunnelChart';
import { WeeklyChart } from './charts/WeeklyChart';
import { PromptsChart } from './charts/PromptsChart';
import { DaysChart } from './charts/DaysChart';

type Loaded = { params: string } & (
  { ok: true; stats: ReferralStats } | { ok: false; failure: ServerError }
);

/** The pipeline as pictures, for the same filters as the log. */
export function ChartsView({ config, check }: { config: SyncConfig; check: FilterCheck }) {
  const { t } = useT();
  const params = check.ok ? check.params.toString() : undefined;
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (params === undefined) return;
    let alive = true;
    void serverApi(config)
      .stats(new URLSearchParams(params))
      .then((res) => {
        if (!alive) return;
        setLoaded(
          res.ok
            ? { params, ok: true, stats: res.data }
            : { params, ok: false, failure: res.error },
        );
      });
    return () => {
      alive = false;
    };
  }, [config, params]);
  if (params === undefined) return null;
  if (!loaded || loaded.params !== params) return <p className="card muted">{t('svLoading')}</p>;
  if (!loaded.ok)
    return (
      <p className="card notice error" role="alert">
        {errorWords(t, loaded.failure)}
        <Details text={errorDetail(loaded.failure)} />
      </p>
    );
  const { stats } = loaded;
  if (stats.totals.referred === 0 && stats.totals.declined === 0)
    return (
      <p className="card muted" data-testid="charts-empty">
        {t('svNoRows')}
      </p>
    );
  return (
    <div className="sv-charts" data-testid="charts">
      <FunnelTotals totals={stats.totals} />
      <div className="sv-chart-grid">
        <FunnelChart
          rows={stats.byReferrer}
          title="svChartFunnelReferrer"
          testId="chart-funnel-referrer"
        />
        <FunnelChart
          rows={stats.byManager}
          title="svChartFunnelManager"
          testId="chart-funnel-manager"
        />
        <WeeklyChart weeks={stats.weekly} />
        <PromptsChart prompts={stats.prompts} />
        <DaysChart managers={stats.byManager} average={stats.totals.avgDaysToOutcome} />
      </div>
    </div>
  );
}
