import type { ReactNode } from 'react';
import type { LiveDetection, TabState } from '@/lib/detect/live-detection';
import type { StaffRole } from '@/lib/roles';
import { selectCue } from '@/lib/cues/select-cue';
import { NowGlance } from './NowGlance';
import { NowCard } from './NowCard';
import { CueCardView } from './CueCardView';
import { PausedNotice } from './PausedNotice';
import { SoftCues } from './SoftCues';
import { SOFT_CUES, type SoftCue } from '@/lib/signals/kinds';
import { useT } from '../i18n';

/**
 * "Now": paused notice, empty state, or the client. The glance (tier, line to say) comes first;
 * `renderHandoff` puts the handoff actions right under it and the details (why, the rest of the
 * cue card, teller observations) below the actions, so a 360×650 panel shows what matters first.
 */
export function NowPanel({
  state,
  role,
  onSoftCues,
  renderHandoff,
}: {
  state: TabState | undefined;
  role: StaffRole;
  onSoftCues: (c: SoftCue[]) => void;
  renderHandoff?: (detection: LiveDetection, details: ReactNode) => ReactNode;
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
  const paused = detection?.paused && <PausedNotice missing={detection.missingRequired} />;
  if (!detection?.clientPresent)
    return (
      <>
        {paused}
        <p className="card muted" data-testid="empty">
          {t('panelNoClient')}
        </p>
      </>
    );
  const cue =
    detection.signals.length > 0 || detection.existingPremium
      ? selectCue({
          role,
          signals: detection.signals.map((s) => s.kind),
          existingPremium: detection.existingPremium,
          retentionRisk: detection.retentionRisk,
          transactionComplete: detection.transactionComplete,
        })
      : undefined;
  const details = (
    <>
      <NowCard detection={detection} />
      {cue && <CueCardView cue={cue} />}
      <SoftCues value={softCues} onChange={onSoftCues} />
    </>
  );
  return (
    <>
      {paused}
      <NowGlance detection={detection} cue={cue} />
      {renderHandoff ? renderHandoff(detection, details) : details}
    </>
  );
}
