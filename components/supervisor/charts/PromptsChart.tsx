import { Doughnut } from 'react-chartjs-2';
import type { ReferralStats } from '@/lib/contracts/referral-stats';
import { useT } from '../../i18n';
import { STEP_COLOURS } from './chart-setup';

/** Prompts the staff answered: how many became a referral, how many were "not now". */
export function PromptsChart({ prompts }: { prompts: ReferralStats['prompts'] }) {
  const { t } = useT();
  const rate = prompts.referralRate === null ? '—' : `${Math.round(prompts.referralRate * 100)}%`;
  return (
    <figure className="card sv-chart" data-testid="chart-prompts">
      <figcaption>
        <h3>{t('svChartPrompts')}</h3>
        <p className="sv-big">{t('svPromptsLine', prompts.shown, prompts.referred, rate)}</p>
      </figcaption>
      {prompts.shown === 0 ? (
        <p className="muted">{t('svChartEmpty')}</p>
      ) : (
        <div style={{ height: 200 }}>
          <Doughnut
            role="img"
            aria-label={t('svPromptsLine', prompts.shown, prompts.referred, rate)}
            data={{
              labels: [t('svStepReferred'), t('svStepDeclined')],
              datasets: [
                {
                  data: [prompts.referred, prompts.declined],
                  backgroundColor: [STEP_COLOURS.referred, STEP_COLOURS.declined],
                },
              ],
            }}
            options={{ plugins: { legend: { position: 'right' } } }}
          />
        </div>
      )}
    </figure>
  );
}
