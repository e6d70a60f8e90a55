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
  /** Width in px (the table scrolls sideways on a narrow screen). */
  width: number;
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
    width: 136,
    parts: ['createdAt'],
    sort: 'createdAt',
  },
  { id: 'referrer', header: 'svColReferrer', width: 96, parts: ['referrer', 'secondCredit'] },
  { id: 'tier', header: 'svColTier', width: 118, parts: ['tier'] },
  { id: 'signals', header: 'svColSignals', width: 210, parts: ['signals'] },
  { id: 'summary', header: 'svColSummary', width: 210, parts: ['summary', 'tellerNote'] },
  { id: 'manager', header: 'svColManager', width: 108, parts: ['manager'], sort: 'manager' },
  { id: 'followUp', header: 'svColFollowUp', width: 160, parts: ['handoff', 'channel', 'window'] },
  { id: 'status', header: 'svColStatus', width: 104, parts: ['status'], sort: 'status' },
  {
    id: 'outcome',
    header: 'svColOutcome',
    width: 150,
    parts: ['product', 'outcomeBand', 'outcomeReason'],
  },
  {
    id: 'days',
    header: 'svColDays',
    width: 84,
    parts: ['daysToOutcome'],
    sort: 'daysToOutcome',
    numeric: true,
  },
  // Less often looked at: after the pipeline columns (the export keeps the form's order).
  { id: 'role', header: 'svColRole', width: 96, parts: ['role'] },
  { id: 'clientRef', header: 'svColClientRef', width: 112, parts: ['clientRef'] },
];

export const LOG_GRID_TEMPLATE = LOG_COLUMNS.map((c) => `${c.width}px`).join(' ');
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
