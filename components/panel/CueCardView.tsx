import type { CueCard } from '@/lib/cues/select-cue';
import { useT } from '../i18n';

/** The role's cue card. While the transaction runs, the line to say is shown as "after". */
export function CueCardView({ cue }: { cue: CueCard }) {
  const { t } = useT();
  return (
    <section
      className={`card cue ${cue.pending ? 'cue-pending' : 'cue-active'}`}
      data-testid="cue"
      data-state={cue.pending ? 'pending' : 'active'}
      aria-labelledby="cue-title"
    >
      <h2 id="cue-title">{t('panelCue')}</h2>
      <p className="cue-status" role="status">
        {cue.pending ? t('panelCuePending') : t('panelCueActive')}
      </p>
      <h3>{t('panelSay')}</h3>
      <p className="cue-say">{t(cue.say)}</p>
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
