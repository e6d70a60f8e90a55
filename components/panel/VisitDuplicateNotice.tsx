import type { RosterEntry } from '@/lib/contracts/roster';
import type { HandoffResult } from './useHandoff';
import { useT } from '../i18n';

/**
 * A second handoff of the same kind in the same visit: the one already made is shown, and only
 * the teller's explicit choice replaces it (the old one is taken back, audited).
 */
export function VisitDuplicateNotice({
  duplicate,
  roster,
  onReplace,
  onKeep,
}: {
  duplicate: Extract<HandoffResult, { kind: 'duplicate' }>;
  roster: RosterEntry[];
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useT();
  const { existing } = duplicate;
  const name =
    roster.find((r) => r.staffId === existing.managerStaffId)?.name ?? existing.managerStaffId;
  const text = existing.handoff === 'declined' ? t('hoVisitDeclined') : t('hoVisitReferred', name);
  return (
    <div role="status" className="notice" data-testid="visit-duplicate">
      <p>{text}</p>
      <button type="button" onClick={onReplace} data-testid="visit-replace">
        {t('hoVisitReplace')}
      </button>{' '}
      <button type="button" className="link" onClick={onKeep}>
        {t('hoVisitKeep')}
      </button>
    </div>
  );
}
