import { useEffect, useState } from 'react';
import { undoSecondsLeft } from '@/lib/handoffs';
import type { HandoffResult } from './useHandoff';
import { useT } from '../i18n';
import { Details } from '../Details';

/** The visible confirmation of a handoff, with Undo for 10 seconds. */
export function UndoNotice({
  result,
  onUndo,
}: {
  result: HandoffResult;
  onUndo: (referralId: string) => void;
}) {
  const { t } = useT();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (result.kind !== 'saved') return;
    const timer = setInterval(() => setNow(new Date()), 250);
    return () => clearInterval(timer);
  }, [result]);
  if (result.kind === 'error')
    return (
      <p role="alert" className="notice error">
        {t('words_saveFailed')}
        <Details text={result.message} />
      </p>
    );
  if (result.kind === 'duplicate') return null;
  if (result.kind === 'undone')
    return (
      <p role="status" className="notice">
        {result.mode === 'removed' ? t('hoUndone') : t('hoWithdrawn')}
      </p>
    );
  const { referral } = result.record;
  const left = undoSecondsLeft(referral, now);
  const text =
    referral.handoff === 'refer_now'
      ? t('hoCreatedRefer', result.managerName)
      : referral.handoff === 'card_handed'
        ? t('hoCreatedCard', result.managerName)
        : t('hoCreatedDeclined');
  return (
    <p role="status" className="notice ok" data-testid="handoff-confirmation">
      ✓ {text}
      {left > 0 && (
        <button
          type="button"
          className="link"
          accessKey="u"
          onClick={() => onUndo(referral.id)}
          data-testid="undo"
        >
          {t('hoUndo', left)}
        </button>
      )}
    </p>
  );
}
