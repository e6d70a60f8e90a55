import { useRef, useState, type KeyboardEvent } from 'react';
import { QUADRANTS } from '@/lib/contracts/queue-api';
import type { MessageKey } from '@/lib/i18n/messages';
import { errorDetail, errorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { useT } from '../i18n';
import { useSettings } from '../hooks/useSettings';
import { useCmQueue } from './useCmQueue';
import { QueueCard } from './QueueCard';
import { QueueArrivals, StreamState } from './QueueArrivals';
import { ClosedHere } from './ClosedHere';
import { useNow } from './useNow';
import './QueueCard.css';

const HEADINGS: Record<(typeof QUADRANTS)[number], MessageKey> = {
  quick_win: 'cmQuickWin',
  cultivate: 'cmCultivate',
  low_priority: 'cmLowPriority',
  let_go: 'cmLetGo',
};

/**
 * The client manager's referrals in the order to work them (potential × marketing cost: quick
 * wins first, let go last), follow-ups due today flagged, a preparation card for the selected
 * one and its next status one click away. ↑/↓ move through the queue.
 */
export function AssignedReferrals() {
  const { t } = useT();
  const { staffId, queueSound } = useSettings();
  const { queue, reload, updated, arrivals, dismiss, stream } = useCmQueue(staffId, queueSound);
  const [selected, setSelected] = useState<string>();
  const list = useRef<HTMLElement>(null);
  const now = useNow(30_000);
  if (!queue) return <p className="card muted">{t('cmLoading')}</p>;
  const show = (id: string) => {
    setSelected(id);
    dismiss(id);
    list.current?.querySelector<HTMLElement>(`[data-queue-id="${id}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (e.target instanceof HTMLInputElement) return;
    e.preventDefault();
    const ids = queue.items.map((i) => i.referral.id);
    const at = selected ? ids.indexOf(selected) : -1;
    const next = ids[Math.min(ids.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    setSelected(next);
    list.current?.querySelector<HTMLElement>(`[data-queue-id="${next}"]`)?.focus();
  };
  const dueCount = queue.items.filter((i) => i.dueToday && i.referral.status === 'new').length;
  return (
    <section
      ref={list}
      className="card queue"
      data-testid="assigned"
      data-source={queue.source}
      onKeyDown={onKey}
    >
      <div className="queue-top">
        <span>
          {t('cmQueueCount', queue.items.length)}
          {dueCount > 0 && <b className="due-count"> · {t('cmDueCount', dueCount)}</b>}
        </span>
        <button type="button" className="link" onClick={() => void reload()}>
          {t('cmRefresh')}
        </button>
      </div>
      <QueueArrivals arrivals={arrivals} onShow={show} onDismiss={dismiss} />
      <StreamState state={stream} />
      {(queue.failure || !queue.configured) && (
        <p
          className={`notice ${queue.source === 'device' ? '' : 'error'}`}
          role="status"
          data-testid="queue-notice"
        >
          {!queue.configured
            ? t('syncNotConfigured')
            : queue.source === 'device'
              ? t('cmOffline')
              : queue.failure && t('cmLoadFailed', errorWords(t, queue.failure))}
          {queue.failure && <Details text={errorDetail(queue.failure)} />}
        </p>
      )}
      {queue.items.length === 0 && !queue.failure && <p className="muted">{t('cmEmpty')}</p>}
      {QUADRANTS.map((quadrant) => {
        const items = queue.items.filter((i) => i.placement.quadrant === quadrant);
        if (items.length === 0) return null;
        return (
          <div key={quadrant} className={`queue-group q-${quadrant}`}>
            <h2>
              {t(HEADINGS[quadrant])} <span className="muted">({items.length})</span>
            </h2>
            {items.map((item) => (
              <QueueCard
                key={item.referral.id}
                item={item}
                selected={selected === item.referral.id}
                onSelect={() =>
                  setSelected((s) => (s === item.referral.id ? undefined : item.referral.id))
                }
                onUpdated={updated}
                now={now}
              />
            ))}
          </div>
        );
      })}
      {queue.more > 0 && <p className="muted">{t('cmMore', queue.more)}</p>}
      <ClosedHere closed={queue.closed} />
    </section>
  );
}
