import { useEffect, useRef, useState } from 'react';
import { undoSecondsLeft } from '@/lib/handoffs';
import type { RosterEntry } from '@/lib/contracts/roster';
import type { HandoffResult } from './useHandoff';
import { resultText } from './handoff-text';
import { duplicateText, VisitDuplicateChoice } from './VisitDuplicateNotice';
import { useT } from '../i18n';
import { Details } from '../Details';

/**
 * The confirmation of a handoff, right under the actions, with Undo for 10 seconds (Alt+U).
 * The words go to a polite live region that is always on the page (so screen readers announce
 * each change); the counting-down Undo button sits beside it, outside the region, so the count
 * is not read out every second. Nothing takes the focus away from where the teller is.
 */
export function UndoNotice({
  result,
  roster,
  onUndo,
  onReplace,
  onKeep,
}: {
  result: HandoffResult | undefined;
  roster: RosterEntry[];
  onUndo: (referralId: string) => void;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // If the teller had scrolled down to the form, bring the confirmation back into view.
    if (result) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  const error = result?.kind === 'error';
  const text =
    !result || error
      ? ''
      : result.kind === 'duplicate'
        ? duplicateText(result, roster, t)
        : resultText(result, t);
  const testId =
    result?.kind === 'saved'
      ? 'handoff-confirmation'
      : result?.kind === 'duplicate'
        ? 'visit-duplicate'
        : 'handoff-feedback';
  return (
    <>
      <div
        ref={box}
        className={`feedback${text ? ' notice' : ''}${result?.kind === 'saved' ? ' ok' : ''}`}
        data-testid={testId}
      >
        <p role="status" aria-live="polite" className="feedback-text" data-testid="handoff-status">
          {text}
        </p>
        {result?.kind === 'saved' && (
          <UndoButton
            key={result.record.referral.id}
            referral={result.record.referral}
            onUndo={onUndo}
          />
        )}
        {result?.kind === 'duplicate' && (
          <VisitDuplicateChoice onReplace={onReplace} onKeep={onKeep} t={t} />
        )}
      </div>
      {result?.kind === 'error' && (
        <p role="alert" className="notice error">
          {t('words_saveFailed')}
          <Details text={result.message} />
        </p>
      )}
    </>
  );
}

/** Undo, counting down its 10 seconds; gone when they are over. */
function UndoButton({
  referral,
  onUndo,
}: {
  referral: Parameters<typeof undoSecondsLeft>[0] & { id: string };
  onUndo: (referralId: string) => void;
}) {
  const { t } = useT();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 250);
    return () => clearInterval(timer);
  }, []);
  const left = undoSecondsLeft(referral, now);
  if (left <= 0) return null;
  return (
    <button
      type="button"
      className="link"
      onClick={() => onUndo(referral.id)}
      data-testid="undo"
      aria-keyshortcuts="Alt+U"
    >
      {t('hoUndo', left)} <kbd>Alt+U</kbd>
    </button>
  );
}
