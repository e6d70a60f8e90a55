import { Bar } from 'react-chartjs-2';
import type { FunnelRow } from '@/lib/contracts/referral-stats';
import { useT } from '../../i18n';
import { STEP_COLOURS } from './chart-setup';
import { staffLabel, topByReferred } from './staff-label';

/** Average whole days from referral to won/lost, per client manager (only those with outcomes). */
export function DaysChart({
  managers,
  average,
}: {
  managers: readonly FunnelRow[];
  average: number | null;
}) {
  const { t } = useT();
  const shown = topByReferred(
    managers.filter((m) => m.avgDaysToOutcome !== null),
    12,
  );
  return (
    <figure className="card sv-chart" data-testid="chart-days">
      <figcaption>
        <h3>{t('svChartDays')}</h3>
        <p className="sv-big">
          {average === null ? t('svNoOutcomesYet') : t('svDaysAverage', average.toFixed(1))}
        </p>
      </figcaption>
      {shown.length > 0 && (
        <div style={{ height: 60 + shown.length * 32 }}>
          <Bar
            role="img"
            aria-label={t('svChartDays')}
            data={{
              labels: shown.map(staffLabel),
              datasets: [
                {
                  label: t('svDaysUnit'),
                  data: shown.map((m) => m.avgDaysToOutcome ?? 0),
                  backgroundColor: STEP_COLOURS.contacted,
                },
              ],
            }}
            options={{
              indexAxis: 'y',
              plugins: { legend: { display: false } },
              scales: { x: { beginAtZero: true } },
            }}
          />
        </div>
      )}
    </figure>
  );
}
