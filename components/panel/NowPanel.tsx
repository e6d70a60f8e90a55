import type { TabState } from '@/lib/detect/live-detection';
import type { StaffRole } from '@/lib/roles';
import { selectCue } from '@/lib/cues/select-cue';
import { NowCard } from './NowCard';
import { CueCardView } from './CueCardView';
import { PausedNotice } from './PausedNotice';
import { SoftCues } from './SoftCues';
import { SOFT_CUES, type SoftCue } from '@/lib/signals/kinds';
import { useT } from '../i18n';

/** "Now": paused notice, empty state, or the client's hint with the role's cue card. */
export function NowPanel({
  state,
  role,
  onSoftCues,
}: {
  state: TabState | undefined;
  role: StaffRole;
  onSoftCues: (c: SoftCue[]) => void;
}) {
  const { t } = useT();
  const detection = state?.detection;
  if (!state)
    return (
      <p className="card muted" data-testid="empty">
        {t('panelNoTerminal')}
      </p>
    );
  const softCues = state.softCues.filter((c): c is SoftCue =>
    (SOFT_CUES as readonly string[]).includes(c),
  );
  return (
    <>
      {detection?.paused && <PausedNotice missing={detection.missingRequired} />}
      {!detection?.clientPresent ? (
        <p className="card muted" data-testid="empty">
          {t('panelNoClient')}
        </p>
      ) : (
        <>
          <NowCard detection={detection} />
          {detection.signals.length > 0 || detection.existingPremium ? (
            <CueCardView
              cue={selectCue({
                role,
                signals: detection.signals.map((s) => s.kind),
                existingPremium: detection.existingPremium,
                retentionRisk: detection.retentionRisk,
                transactionComplete: detection.transactionComplete,
              })}
            />
          ) : null}
          <SoftCues value={softCues} onChange={onSoftCues} />
        </>
      )}
    </>
  );
}
