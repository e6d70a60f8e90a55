/**
 * The columns of the on-screen tracking form. Each one shows one or more columns of the export
 * (lib/export TRACKING_FORM_COLUMNS), so what the supervisor sees is exactly what the file holds.
 */
import type { ExportLang, LogSort, ReferralLogRow } from '@/lib/contracts/referral-log';
import { TRACKING_FORM_COLUMNS, type CellContext } from '@/lib/export';
import type { MessageKey } from '@/lib/i18n/messages';

export interface LogColumn {
  id: string;
  header: MessageKey;
  /**
   * Least width in px. Together they fit a 1366 px screen; wider screens share the extra room
   * among the columns with `grow`; narrower ones scroll sideways with the time column kept in view.
   */
  width: number;
  /** Share of the room beyond the least widths (text columns, which wrap to two lines). */
  grow?: number;
  /** Export columns shown here, joined. */
  parts: readonly string[];
  sort?: LogSort;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

export const LOG_COLUMNS: readonly LogColumn[] = [
  {
    id: 'createdAt',
    header: 'svColCreatedAt',
    width: 132,
    parts: ['createdAt'],
    sort: 'createdAt',
  },
  { id: 'referrer', header: 'svColReferrer', width: 72, parts: ['referrer', 'secondCredit'] },
  { id: 'tier', header: 'svColTier', width: 112, parts: ['tier'] },
  { id: 'signals', header: 'svColSignals', width: 150, grow: 3, parts: ['signals'] },
  { id: 'summary', header: 'svColSummary', width: 150, grow: 3, parts: ['summary', 'tellerNote'] },
  { id: 'manager', header: 'svColManager', width: 92, parts: ['manager'], sort: 'manager' },
  {
    id: 'followUp',
    header: 'svColFollowUp',
    width: 130,
    grow: 2,
    parts: ['handoff', 'channel', 'window'],
  },
  { id: 'status', header: 'svColStatus', width: 72, parts: ['status'], sort: 'status' },
  {
    id: 'outcome',
    header: 'svColOutcome',
    width: 100,
    grow: 2,
    parts: ['product', 'outcomeBand', 'outcomeReason'],
  },
  {
    id: 'days',
    header: 'svColDays',
    width: 80,
    parts: ['daysToOutcome'],
    sort: 'daysToOutcome',
    numeric: true,
  },
  // Less often looked at: after the pipeline columns (the export keeps the form's order).
  { id: 'role', header: 'svColRole', width: 84, parts: ['role'] },
  { id: 'clientRef', header: 'svColClientRef', width: 92, parts: ['clientRef'] },
];

export const LOG_GRID_TEMPLATE = LOG_COLUMNS.map((c) =>
  c.grow ? `minmax(${c.width}px, ${c.grow}fr)` : `${c.width}px`,
).join(' ');
/** The table's least width: at most what a 1366 px screen leaves for it. */
export const LOG_TABLE_WIDTH = LOG_COLUMNS.reduce((sum, c) => sum + c.width, 0);

const byKey = new Map(TRACKING_FORM_COLUMNS.map((c) => [c.key, c]));

const SEPARATOR: Readonly<Record<string, Record<ExportLang, string>>> = {
  referrer: { zh: ' + ', en: ' + ' },
  summary: { zh: ' · 柜员补充：', en: " · Teller's note: " },
};

/** The text of one column of one row (empty parts left out). */
export function columnText(column: LogColumn, row: ReferralLogRow, ctx: CellContext): string {
  const parts = column.parts
    .map((key) => byKey.get(key)?.cell(row, ctx))
    .filter((cell) => cell !== undefined && cell !== '')
    .map(String);
  return parts.join(SEPARATOR[column.id]?.[ctx.lang] ?? ' · ');
}
