import type { QueueItem } from '@/lib/contracts/queue-api';
import { STATUS_TRANSITIONS } from '@/lib/contracts/referrals-api';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { CHANNEL_LABELS, HANDOFF_LABELS } from '@/lib/export/labels';
import { referralSummary, STATUS_LABELS } from '@/lib/handoffs';
import { useT } from '../i18n';
import { QueueCardPrep } from './QueueCardPrep';
import { StatusUpdater } from './StatusUpdater';
import { QueueWhom, TellerNote } from './QueueWhom';

const REASONS_FOLDED = 2;

/** One referral in the client manager's queue: why it sits here, when it is due, what to do next. */
export function QueueCard({
  item,
  selected,
  onSelect,
  onUpdated,
  now,
}: {
  item: QueueItem;
  selected: boolean;
  onSelect: () => void;
  onUpdated: (updated: ServerReferral) => void;
  /** For the waiting time (ms); the list ticks it. */
  now: number;
}) {
  const { t, lang } = useT();
  const l = lang === 'zh_CN' ? 'zh' : 'en';
  const r = item.referral;
  // The first reason is the quadrant's headline, shown as the group heading.
  const reasons = item.placement.reasons.slice(1);
  const when = new Date(r.createdAt).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB', {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const followUp = r.followUp
    ? CHANNEL_LABELS[r.followUp.channel][l]
    : HANDOFF_LABELS[r.handoff][l];
  const classes = ['queue-card', item.dueToday && 'due', selected && 'selected']
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={classes}
      data-testid="assigned-row"
      data-status={r.status}
      data-quadrant={item.placement.quadrant}
      data-due={item.due}
    >
      <button
        type="button"
        className="queue-head"
        aria-expanded={selected}
        onClick={onSelect}
        data-queue-id={r.id}
      >
        <span className={`queue-tier tier-${r.tier}`}>{r.tier}</span>
        <span className="queue-summary">{referralSummary(r, lang)}</span>
        {item.dueToday && (
          <span className="due-flag" data-testid="due-flag">
            {t(item.due === 'overdue' ? 'cmOverdue' : 'cmDueToday')}
          </span>
        )}
      </button>
      <QueueWhom referral={r} now={now} />
      <TellerNote referral={r} />
      <div className="muted queue-meta">
        {when} · {r.referrerStaffId} · {STATUS_LABELS[r.status][l]} · {followUp}
      </div>
      <ul className="queue-reasons" aria-label={t('cmWhyHere')}>
        {(selected ? reasons : reasons.slice(0, REASONS_FOLDED)).map((reason) => (
          <li key={reason.code}>{reason[l]}</li>
        ))}
        {!selected && reasons.length > REASONS_FOLDED && (
          <li className="muted">{t('cmMoreReasons', reasons.length - REASONS_FOLDED)}</li>
        )}
      </ul>
      {selected && <QueueCardPrep referral={r} />}
      {STATUS_TRANSITIONS[r.status].length > 0 && <StatusUpdater referral={r} onDone={onUpdated} />}
    </article>
  );
}
