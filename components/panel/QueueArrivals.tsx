import type { ServerReferral } from '@/lib/contracts/server-referral';
import type { QueueStreamState } from '@/lib/sync/queue-stream';
import { clientWords } from '@/lib/queue/whom-words';
import { useT } from '../i18n';

/** "新的当场面谈：王* · 卡尾 3445，在 3号窗口 等候" — one line per new waiting client, until dismissed. */
export function QueueArrivals({
  arrivals,
  onShow,
  onDismiss,
}: {
  arrivals: readonly ServerReferral[];
  onShow: (id: string) => void;
  onDismiss: (id: string) => void;
}) {
  const { t } = useT();
  return (
    <div role="status" aria-live="assertive" data-testid="queue-arrivals">
      {arrivals.map((r) => (
        <p key={r.id} className="notice queue-arrival" data-testid="queue-arrival">
          <span>
            {r.counterLabel
              ? t('queue_arrival', clientWords(r, t), r.counterLabel)
              : t('queue_arrivalNoCounter', clientWords(r, t))}
          </span>{' '}
          <button type="button" className="link" onClick={() => onShow(r.id)}>
            {t('queue_arrivalShow')}
          </button>{' '}
          <button type="button" className="link" onClick={() => onDismiss(r.id)}>
            {t('queue_dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}

const STATE_WORDS = {
  live: 'queue_live',
  connecting: 'queue_connecting',
  retrying: 'queue_retrying',
  refused: 'queue_refused',
} as const;

/** Whether the page hears changes as they happen, or only at the next pull. */
export function StreamState({ state }: { state: QueueStreamState | 'off' }) {
  const { t } = useT();
  if (state === 'off') return null;
  return (
    <p className={`muted queue-stream ${state}`} data-testid="queue-stream" data-state={state}>
      {t(STATE_WORDS[state])}
    </p>
  );
}
