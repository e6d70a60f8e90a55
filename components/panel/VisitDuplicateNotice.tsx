import type { RosterEntry } from '@/lib/contracts/roster';
import type { HandoffResult } from './useHandoff';
import type { Translate } from './handoff-text';

type Duplicate = Extract<HandoffResult, { kind: 'duplicate' }>;

/** What the panel says when this visit already has a handoff of this kind (nothing new was made). */
export function duplicateText(duplicate: Duplicate, roster: RosterEntry[], t: Translate): string {
  const { existing } = duplicate;
  const name =
    roster.find((r) => r.staffId === existing.managerStaffId)?.name ?? existing.managerStaffId;
  return existing.handoff === 'declined' ? t('hoVisitDeclined') : t('hoVisitReferred', name);
}

/**
 * A second handoff of the same kind in the same visit: the one already made is kept, and only
 * the teller's explicit choice replaces it (the old one is taken back, audited).
 */
export function VisitDuplicateChoice({
  onReplace,
  onKeep,
  t,
}: {
  onReplace: () => void;
  onKeep: () => void;
  t: Translate;
}) {
  return (
    <span className="feedback-actions">
      <button type="button" onClick={onReplace} data-testid="visit-replace">
        {t('hoVisitReplace')}
      </button>
      <button type="button" className="link" onClick={onKeep}>
        {t('hoVisitKeep')}
      </button>
    </span>
  );
}
