import type { CueCard } from '@/lib/cues/select-cue';
import { useT } from '../i18n';

/**
 * The rest of the role's cue card, below the actions: what never to say, when to hand over and
 * to whom, the role's steps. (The line to say and "speak now or after" are in NowGlance.)
 */
export function CueCardView({ cue }: { cue: CueCard }) {
  const { t } = useT();
  return (
    <section className="card cue-details" data-testid="cue-details" aria-labelledby="cue-title">
      <h2 id="cue-title">{t('panelCue')}</h2>
      <h3>{t('panelNever')}</h3>
      <ul className="cue-never">
        {cue.never.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3>{t('panelHandover')}</h3>
      <p>{t(cue.handover)}</p>
      {cue.steps.length > 0 && (
        <>
          <h3>{t('panelSteps')}</h3>
          <ol>
            {cue.steps.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
