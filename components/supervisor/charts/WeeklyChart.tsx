import { Bar } from 'react-chartjs-2';
import type { WeekCount } from '@/lib/contracts/referral-stats';
import { useT } from '../../i18n';
import { STEP_COLOURS } from './chart-setup';

const MAX_WEEKS = 26;

/** Referrals made and "not now" answers per ISO week (the last half year shown). */
export function WeeklyChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t } = useT();
  const shown = weeks.slice(-MAX_WEEKS);
  return (
    <figure className="card sv-chart" data-testid="chart-weekly">
      <figcaption>
        <h3>{t('svChartWeekly')}</h3>
      </figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t('svChartEmpty')}</p>
      ) : (
        <div style={{ height: 260 }}>
          <Bar
            role="img"
            aria-label={t('svChartWeekly')}
            data={{
              labels: shown.map((w) => w.week),
              datasets: [
                {
                  label: t('svStepReferred'),
                  data: shown.map((w) => w.referred),
                  backgroundColor: STEP_COLOURS.referred,
                },
                {
                  label: t('svStepDeclined'),
                  data: shown.map((w) => w.declined),
                  backgroundColor: STEP_COLOURS.declined,
                },
              ],
            }}
            options={{
              plugins: { legend: { position: 'top', align: 'start' } },
              scales: {
                x: { stacked: true },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
              },
            }}
          />
        </div>
      )}
    </figure>
  );
}
