import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../i18n';
import { useBranchZone } from './branch-zone';
import { errorDetail, errorWords } from '@/lib/sync/error-words';
import { Details } from '../Details';
import { LOG_COLUMNS, LOG_GRID_TEMPLATE, LOG_TABLE_WIDTH } from './log-columns';
import type { LogSortState } from '../../lib/supervisor/log-query';
import type { LogPageStore } from '../../lib/supervisor/log-page-store';
import { LogHeader } from './LogHeader';
import { LogRow } from './LogRow';

const ROW_HEIGHT = 40;

/** The tracking form as a virtualised table: only the rows on screen exist, pages load as it scrolls. */
export function LogTable({
  store,
  sort,
  onSort,
}: {
  store: LogPageStore;
  sort: LogSortState;
  onSort: (next: LogSortState) => void;
}) {
  const { t, lang } = useT();
  const zone = useBranchZone();
  useSyncExternalStore(store.subscribe, store.getVersion);
  // Before the total comes, the first page's rows (they do not wait for the count).
  const rowCount = store.rowCount();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions by design
  const virtual = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => store.show(first, last), [store, first, last, rowCount]);
  useEffect(() => virtual.scrollToOffset(0), [store, virtual]);
  const ctx = useMemo(
    () => ({
      lang: lang === 'zh_CN' ? ('zh' as const) : ('en' as const),
      zone,
    }),
    [lang, zone],
  );
  const failure = store.failure;
  return (
    <section className="card sv-log" aria-label={t('svTabLog')}>
      <p className="sv-count" data-testid="log-count" role="status">
        {store.total === undefined ? t('svLoading') : t('svRowCount', rowCount.toLocaleString())}
      </p>
      {failure && (
        <p className="notice error" role="alert" data-testid="log-error">
          {errorWords(t, failure)}{' '}
          <button type="button" className="link" onClick={() => store.retry()}>
            {t('svRetry')}
          </button>
          <Details text={errorDetail(failure)} />
        </p>
      )}
      {store.total === 0 && !failure && (
        <p className="muted sv-empty" data-testid="log-empty">
          {t('svNoRows')}
        </p>
      )}
      <div
        ref={scroller}
        className="sv-scroll"
        role="table"
        aria-rowcount={store.total === undefined ? -1 : rowCount + 1}
        tabIndex={0}
        data-testid="log-table"
      >
        <div style={{ minWidth: LOG_TABLE_WIDTH }}>
          <LogHeader sort={sort} onSort={onSort} template={LOG_GRID_TEMPLATE} />
          <div role="rowgroup" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {items.map((item) => (
              <LogRow
                key={item.index}
                index={item.index}
                row={store.rowAt(item.index)}
                ctx={ctx}
                columns={LOG_COLUMNS}
                style={{
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                  gridTemplateColumns: LOG_GRID_TEMPLATE,
                }}
              />
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
