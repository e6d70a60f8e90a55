import type { FunnelCounts } from '@/lib/contracts/referral-stats';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../../i18n';

const TILES: [keyof FunnelCounts, MessageKey][] = [
  ['referred', 'svStepReferred'],
  ['contacted', 'svStepContacted'],
  ['met', 'svStepMet'],
  ['won', 'svStepWon'],
  ['lost', 'svStepLost'],
  ['declined', 'svStepDeclined'],
];

/** The branch's pipeline in six numbers, readable at a glance. */
export function FunnelTotals({ totals }: { totals: FunnelCounts }) {
  const { t } = useT();
  const pct = (n: number) =>
    totals.referred > 0 ? ` · ${Math.round((n / totals.referred) * 100)}%` : '';
  return (
    <dl className="sv-tiles" data-testid="funnel-totals">
      {TILES.map(([key, label]) => {
        const value = totals[key] as number;
        return (
          <div key={key} className={`sv-tile sv-tile-${key}`}>
            <dt>{t(label)}</dt>
            <dd>
              <b>{value.toLocaleString()}</b>
              {key !== 'referred' && key !== 'declined' && (
                <span className="muted">{pct(value)}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
