import type { ServerReferral } from '@/lib/contracts/server-referral';
import { clientWords } from '@/lib/queue/whom-words';
import { useT } from '../i18n';
import { OutcomeLine } from './QueueWhom';

/** Referrals closed on this page a moment ago: out of the queue and its count, with what they came to. */
export function ClosedHere({ closed }: { closed: readonly ServerReferral[] }) {
  const { t } = useT();
  if (closed.length === 0) return null;
  return (
    <div className="queue-group queue-closed" data-testid="queue-closed">
      <h2>
        {t('queue_closedHeading')} <span className="muted">({closed.length})</span>
      </h2>
      {closed.map((r) => (
        <article
          key={r.id}
          className="queue-card closed"
          data-testid="closed-row"
          data-status={r.status}
        >
          <div className="queue-summary">
            <b>{clientWords(r, t)}</b> · {r.summary}
          </div>
          <OutcomeLine referral={r} />
        </article>
      ))}
    </div>
  );
}
