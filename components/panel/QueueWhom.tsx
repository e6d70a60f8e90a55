import type { ServerReferral } from '@/lib/contracts/server-referral';
import { clientWords, isWaiting, waitedWords } from '@/lib/queue/whom-words';
import { useT } from '../i18n';

/**
 * Whom to meet and where, first on the card: the masked client, the counter it came from (or the
 * teller), how long a meet-now client has been waiting (live), and the consented contact.
 */
export function QueueWhom({ referral: r, now }: { referral: ServerReferral; now: number }) {
  const { t } = useT();
  const waiting = isWaiting(r);
  return (
    <div
      className={`queue-whom${waiting ? ' waiting' : ''}`}
      role="group"
      aria-label={t('queue_whom')}
      data-testid="queue-whom"
    >
      <b data-testid="queue-client">{clientWords(r, t)}</b>
      {' · '}
      <span data-testid="queue-counter">
        {r.counterLabel ? `${r.counterLabel} · ` : ''}
        {t('queue_fromTeller', r.referrerStaffId)}
      </span>
      {waiting && (
        <>
          {' · '}
          <b className="queue-waited" data-testid="queue-waited">
            {t('queue_waiting', waitedWords(r.createdAt, now, t))}
          </b>
        </>
      )}
      {r.contact && (
        <div className="queue-contact" data-testid="queue-contact">
          {t('queue_contact', `${r.contact.name} · ${r.contact.phone}`)}
        </div>
      )}
    </div>
  );
}

/** The teller's note (补充一句), as text: scrubbed when it was written, never markup. */
export function TellerNote({ referral }: { referral: ServerReferral }) {
  const { t } = useT();
  if (!referral.tellerNote) return null;
  return (
    <p className="queue-note" data-testid="queue-note">
      {t('queue_tellerNote', referral.tellerNote)}
    </p>
  );
}

/** What a closed referral came to: the product won, or the reason it was lost. */
export function OutcomeLine({ referral }: { referral: ServerReferral }) {
  const { t } = useT();
  const o = referral.outcome;
  if (referral.status === 'won' && o?.product)
    return (
      <p className="queue-outcome won" data-testid="queue-outcome">
        {t('queue_won', o.product)}
      </p>
    );
  if (referral.status === 'lost' && o?.reason)
    return (
      <p className="queue-outcome" data-testid="queue-outcome">
        {t('queue_lost', o.reason)}
      </p>
    );
  return null;
}
