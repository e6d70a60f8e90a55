import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { listMyReferrals, referralDisplay, STATUS_LABELS } from '@/lib/handoffs';
import type { StoredReferral } from '@/lib/db';
import type { RosterEntry } from '@/lib/contracts/roster';
import { formatBand } from '@/lib/format/band';
import { getDb } from '../hooks/useDb';
import { useT } from '../i18n';

const ROW_HEIGHT = 56;
const MAX_ROWS = 100_000;

/** "My referrals", newest first, virtualised: smooth with tens of thousands of rows. */
export function MyReferrals({ staffId, roster }: { staffId: string; roster: RosterEntry[] }) {
  const { t } = useT();
  const rows = useLiveQuery(
    () => listMyReferrals(getDb(), staffId, { limit: MAX_ROWS }),
    [staffId],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions by design
  const virtual = useVirtualizer({
    count: rows?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <p className="card muted" data-testid="mine-empty">
        {t('mineEmpty')}
      </p>
    );
  const names = new Map(roster.map((m) => [m.staffId, m.name]));
  return (
    <section className="card mine" aria-label={t('tabMine')}>
      <p className="muted">{t('mineCount', rows.length)}</p>
      <div ref={scroller} className="mine-scroll" data-testid="my-referrals" role="list">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const r = rows[item.index];
            return r ? (
              <ReferralRow
                key={r.id}
                r={r}
                managerName={names.get(r.managerStaffId) ?? r.managerStaffId}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              />
            ) : null;
          })}
        </div>
      </div>
    </section>
  );
}

function ReferralRow({
  r,
  managerName,
  style,
}: {
  r: StoredReferral;
  managerName: string;
  style: React.CSSProperties;
}) {
  const { t, lang } = useT();
  const shown = referralDisplay(r);
  const when = new Date(r.createdAt).toLocaleString(lang === 'zh_CN' ? 'zh-CN' : 'en-GB', {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const kind =
    r.handoff === 'refer_now'
      ? t('hoReferNow')
      : r.handoff === 'card_handed'
        ? t('hoHandCard')
        : t('hoNotNow');
  return (
    <div
      className="mine-row"
      role="listitem"
      style={style}
      data-testid="referral-row"
      data-status={shown.status}
    >
      <div>
        <b>{managerName}</b> · {kind} <span className="muted">{when}</span>
      </div>
      <div className="muted">
        {r.signals.map((s) => t(`signal_${s.kind}`)).join('、')}
        {' · '}
        <span className={`status status-${shown.status}`}>
          {lang === 'zh_CN' ? STATUS_LABELS[shown.status].zh : STATUS_LABELS[shown.status].en}
        </span>
        {shown.pendingSync && <span className="pending"> · {t('minePending')}</span>}
        {r.outcome?.product && ` · ${r.outcome.product}`}
        {r.outcome?.amountBand && ` ${formatBand(r.outcome.amountBand, lang)}`}
      </div>
    </div>
  );
}
