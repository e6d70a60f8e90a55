import { Bar } from 'react-chartjs-2';
import type { FunnelRow } from '@/lib/contracts/referral-stats';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../../i18n';
import { STEP_COLOURS } from './chart-setup';
import { staffLabel, topByReferred } from './staff-label';

const STEPS = ['referred', 'contacted', 'met', 'won'] as const;
const STEP_KEYS: Record<(typeof STEPS)[number], MessageKey> = {
  referred: 'svStepReferred',
  contacted: 'svStepContacted',
  met: 'svStepMet',
  won: 'svStepWon',
};
const MAX_PEOPLE = 12;

/** referred → contacted → met → won, one group of bars per person (the busiest twelve). */
export function FunnelChart({
  rows,
  title,
  testId,
}: {
  rows: readonly FunnelRow[];
  title: MessageKey;
  testId: string;
}) {
  const { t } = useT();
  const shown = topByReferred(rows, MAX_PEOPLE);
  const height = 60 + shown.length * 44;
  return (
    <figure className="card sv-chart" data-testid={testId}>
      <figcaption>
        <h3>{t(title)}</h3>
        {rows.length > MAX_PEOPLE && (
          <span className="muted">{t('svChartTop', MAX_PEOPLE, rows.length)}</span>
        )}
      </figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t('svChartEmpty')}</p>
      ) : (
        <div style={{ height }}>
          <Bar
            role="img"
            aria-label={t(title)}
            data={{
              labels: shown.map(staffLabel),
              datasets: STEPS.map((step) => ({
                label: t(STEP_KEYS[step]),
                data: shown.map((r) => r[step]),
                backgroundColor: STEP_COLOURS[step],
              })),
            }}
            options={{
              indexAxis: 'y',
              plugins: { legend: { position: 'top', align: 'start' } },
              scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
            }}
          />
        </div>
      )}
    </figure>
  );
}
