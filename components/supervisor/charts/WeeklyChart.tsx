import { Bar } from 'react-chartjs-2';
import type { WeekCount } from '@/lib/contracts/referral-stats';
import { useT } from '../../i18n';
import { weekWords } from '../../../lib/supervisor/week-label';
import { STEP_COLOURS } from './chart-setup';

const MAX_WEEKS = 26;

/**
 * Referrals made and "not now" answers per week of the branch (the last half year shown), each
 * week named in words (12月第1周 / week of 30 Nov), with the numbers as a table for screen readers.
 */
export function WeeklyChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t, lang } = useT();
  const shown = weeks.slice(-MAX_WEEKS);
  const words = shown.map((w) => weekWords(w.week, lang === 'zh_CN' ? 'zh' : 'en'));
  return (
    <figure className="card sv-chart" data-testid="chart-weekly">
      <figcaption>
        <h3>{t('svChartWeekly')}</h3>
      </figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t('svChartEmpty')}</p>
      ) : (
        <>
          <div style={{ height: 260 }}>
            <Bar
              role="img"
              aria-label={t('svChartWeekly')}
              data={{
                labels: words.map((w) => w.label),
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
                plugins: {
                  legend: { position: 'top', align: 'start' },
                  tooltip: {
                    callbacks: { title: (items) => words[items[0]?.dataIndex ?? -1]?.span ?? '' },
                  },
                },
                scales: {
                  x: { stacked: true },
                  y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
                },
              }}
            />
          </div>
          <details className="sv-chart-data">
            <summary>{t('supervisor_chartData')}</summary>
            <table data-testid="weekly-table">
              <thead>
                <tr>
                  <th scope="col">{t('supervisor_weekCsvHeader')}</th>
                  <th scope="col">{t('svStepReferred')}</th>
                  <th scope="col">{t('svStepDeclined')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((w, i) => (
                  <tr key={w.week} data-week={w.week}>
                    <th scope="row" title={words[i]?.span}>
                      {words[i]?.label}
                    </th>
                    <td>{w.referred}</td>
                    <td>{w.declined}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
