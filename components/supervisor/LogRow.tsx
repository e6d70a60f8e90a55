import type { CSSProperties } from 'react';
import type { ReferralLogRow } from '@/lib/contracts/referral-log';
import type { CellContext } from '@/lib/export';
import { columnText, type LogColumn } from './log-columns';

/** One referral of the log; a grey placeholder while its page is still on the way. */
export function LogRow({
  index,
  row,
  ctx,
  columns,
  style,
}: {
  index: number;
  row: ReferralLogRow | undefined;
  ctx: CellContext;
  columns: readonly LogColumn[];
  style: CSSProperties;
}) {
  if (!row)
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-busy="true"
        className="sv-row sv-placeholder"
        style={style}
      >
        <div role="cell">…</div>
      </div>
    );
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`sv-row status-${row.status}`}
      style={style}
      data-testid="log-row"
      data-id={row.id}
      data-status={row.status}
    >
      {columns.map((c) => {
        const text = columnText(c, row, ctx);
        return (
          <div
            key={c.id}
            role="cell"
            title={text}
            className={c.numeric ? 'num' : undefined}
            data-col={c.id}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}
