import { useEffect, useRef, useState } from 'react';
import { MIN_CONTACT_REASON } from '@/lib/contracts/referral-log';
import { useT } from '../i18n';
import { reasonProblem } from '../../lib/supervisor/contact-reason';

/** A modal asking for the reason; Esc or "cancel" leaves contact details out. */
export function ContactReasonDialog({
  onConfirm,
  onCancel,
}: {
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  const problem = reasonProblem(reason);
  return (
    <dialog
      ref={dialog}
      className="sv-dialog"
      aria-labelledby="sv-reason-title"
      onCancel={onCancel}
      data-testid="contact-dialog"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!problem) onConfirm(reason.trim());
        }}
      >
        <h2 id="sv-reason-title">{t('svContactTitle')}</h2>
        <p className="muted">{t('svContactExplain')}</p>
        <label className="field">
          <span>{t('svContactReason', MIN_CONTACT_REASON)}</span>
          <input
            value={reason}
            maxLength={200}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reason !== '' && problem !== undefined}
            data-testid="contact-reason"
          />
        </label>
        {reason !== '' && problem && (
          <p className="pending" role="alert">
            {t(problem === 'short' ? 'svContactTooShort' : 'svContactUnsafe', MIN_CONTACT_REASON)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={problem !== undefined}>
            {t('svContactConfirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('svCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
