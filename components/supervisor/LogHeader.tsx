import { useT } from '../i18n';
import { LOG_COLUMNS } from './log-columns';
import type { LogSortState } from '../../lib/supervisor/log-query';

/** Column headings; the sortable ones are buttons (click again to reverse). */
export function LogHeader({
  sort,
  onSort,
  template,
}: {
  sort: LogSortState;
  onSort: (next: LogSortState) => void;
  template: string;
}) {
  const { t } = useT();
  return (
    <div role="row" className="sv-row sv-head" style={{ gridTemplateColumns: template }}>
      {LOG_COLUMNS.map((c) => {
        const active = c.sort !== undefined && sort.sort === c.sort;
        const ariaSort = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined;
        return (
          <div
            key={c.id}
            role="columnheader"
            aria-sort={ariaSort}
            className={c.numeric ? 'num' : undefined}
          >
            {c.sort ? (
              <button
                type="button"
                className="sv-sort"
                data-testid={`sort-${c.sort}`}
                onClick={() =>
                  onSort({
                    sort: c.sort ?? 'createdAt',
                    order: active && sort.order === 'desc' ? 'asc' : 'desc',
                  })
                }
              >
                {t(c.header)}
                <span aria-hidden="true">
                  {active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                </span>
              </button>
            ) : (
              t(c.header)
            )}
          </div>
        );
      })}
    </div>
  );
}
