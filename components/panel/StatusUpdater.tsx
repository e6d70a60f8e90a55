import { useState } from 'react';
import { errorWords } from '@/lib/sync/error-words';
import { serverApi } from '@/lib/sync/server-api';
import { loadSyncConfig } from '@/lib/settings/effective-sync-config';
import { outcomeRequest } from '@/lib/handoffs/outcome-text';
import { STATUS_TRANSITIONS, type StatusUpdateRequest } from '@/lib/contracts/referrals-api';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '../i18n';

const LABEL: Record<string, MessageKey> = {
  contacted: 'cmContacted',
  met: 'cmMet',
  won: 'cmWon',
  lost: 'cmLost',
};

/** Moves a referral along new → contacted → met → won / lost; won asks for the product, lost for a reason. */
export function StatusUpdater({
  referral,
  onDone,
}: {
  referral: ServerReferral;
  /** Called with the referral as the server now holds it. */
  onDone: (updated: ServerReferral) => void;
}) {
  const { t } = useT();
  const [pick, setPick] = useState<StatusUpdateRequest['status']>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (status: StatusUpdateRequest['status'], detail?: string) => {
    const config = await loadSyncConfig();
    if (!config) return setError(t('syncNotConfigured'));
    // Numbers are masked and the text checked as the server will: it never refuses this body.
    const request = outcomeRequest(status, detail);
    if (!request.ok) return setError(request.message);
    const res = await serverApi(config).updateStatus(referral.id, request.body);
    if (res.ok) {
      setPick(undefined);
      setText('');
      setError(undefined);
      onDone(res.data.referral);
    } else setError(errorWords(t, res.error));
  };
  const next = STATUS_TRANSITIONS[referral.status] as StatusUpdateRequest['status'][];
  return (
    <div className="actions">
      {next.map((s) => (
        <button
          key={s}
          type="button"
          onClick={() => (s === 'won' || s === 'lost' ? setPick(s) : void submit(s))}
        >
          {t(LABEL[s] ?? 'cmSave')}
        </button>
      ))}
      {pick && (
        <form
          onSubmit={(e) => (e.preventDefault(), void submit(pick, text.trim()))}
          className="row"
        >
          <input
            aria-label={pick === 'won' ? t('cmProduct') : t('cmReason')}
            placeholder={pick === 'won' ? t('cmProduct') : t('cmReason')}
            value={text}
            maxLength={64}
            required
            onChange={(e) => setText(e.target.value)}
            data-testid="outcome-text"
          />
          <button type="submit">{t('cmSave')}</button>
        </form>
      )}
      {error && (
        <span role="alert" className="pending">
          {error}
        </span>
      )}
    </div>
  );
}
