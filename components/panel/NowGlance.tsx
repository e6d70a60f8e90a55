import type { LiveDetection } from '@/lib/detect/live-detection';
import type { CueCard } from '@/lib/cues/select-cue';
import { TierChip } from '../TierChip';
import { useT } from '../i18n';

/**
 * The first thing the teller sees: the tier hint, the card's last 4 and, when there is a cue,
 * whether to speak now and the one line to say. Kept short so the actions fit right under it.
 */
export function NowGlance({ detection, cue }: { detection: LiveDetection; cue?: CueCard }) {
  const { t } = useT();
  return (
    <section className="card glance" aria-labelledby="now-title" data-testid="now">
      <div className="glance-head">
        <h2 id="now-title">{t('panelNow')}</h2>
        {detection.tier && <TierChip tier={detection.tier} />}
        {detection.cardLast4 && (
          <span className="muted card-last4">{t('panelCard', detection.cardLast4)}</span>
        )}
      </div>
      {detection.retentionRisk && (
        <p className="retention" role="note">
          {t('panelRetention')}
        </p>
      )}
      {cue && (
        <div
          className={`cue ${cue.pending ? 'cue-pending' : 'cue-active'}`}
          data-testid="cue"
          data-state={cue.pending ? 'pending' : 'active'}
        >
          <p className="cue-status" role="status">
            {cue.pending ? t('panelCuePending') : t('panelCueActive')}
          </p>
          <p className="cue-say" data-testid="cue-say">
            <span className="visually-hidden">{t('panelSay')}：</span>
            {t(cue.say)}
          </p>
        </div>
      )}
    </section>
  );
}
