/**
 * The columns of the tracking form (推介跟踪表) as exported, in order. Each column turns a log row
 * into one cell: text (neutralised against formula injection by the CSV writer), a number, or
 * empty. Coded fields are written as words in the chosen language; times in the branch's zone.
 */
import type { ExportLang, ReferralLogRow } from '../contracts/referral-log';
import {
  CHANNEL_LABELS,
  HANDOFF_LABELS,
  ROLE_LABELS,
  TIER_LABELS,
  bandLabel,
  signalsLabel,
  statusLabel,
} from './labels';
import type { ZoneClock } from '../time/zone-clock';
import { withZone } from '../time/zone-label';

export type Cell = string | number | undefined;

export interface CellContext {
  lang: ExportLang;
  zone: ZoneClock;
}

export interface ExportColumn {
  key: string;
  zh: string;
  en: string;
  /** Holds times: its header names the zone they are in. */
  zoned?: true;
  cell(row: ReferralLogRow, ctx: CellContext): Cell;
}

const at = (iso: string | undefined, zone: ZoneClock) =>
  iso ? zone.localDateTime(Date.parse(iso)) : undefined;
const yesNo = (value: boolean, lang: ExportLang) =>
  lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';

export const TRACKING_FORM_COLUMNS: readonly ExportColumn[] = [
  {
    key: 'createdAt',
    zh: '推介时间',
    en: 'Date and time',
    zoned: true,
    cell: (r, c) => at(r.createdAt, c.zone),
  },
  { key: 'referrer', zh: '推介人', en: 'Referred by', cell: (r) => r.referrerStaffId },
  {
    key: 'secondCredit',
    zh: '协同推介人',
    en: 'Second credit',
    cell: (r) => r.secondCreditStaffId,
  },
  {
    key: 'role',
    zh: '推介人岗位',
    en: 'Role',
    cell: (r, c) => ROLE_LABELS[r.referrerRole][c.lang],
  },
  // The trailing ellipsis keeps Excel from reading hex such as "1234e567" as a number.
  {
    key: 'clientRef',
    zh: '客户标识（脱敏）',
    en: 'Client reference (masked)',
    cell: (r) => (r.clientRef ? `${r.clientRef}…` : undefined),
  },
  { key: 'tier', zh: '客户分层', en: 'Tier', cell: (r, c) => TIER_LABELS[r.tier][c.lang] },
  {
    key: 'signals',
    zh: '识别信号及金额区间',
    en: 'Signals and amount bands',
    cell: (r, c) => signalsLabel(r.signals, c.lang),
  },
  { key: 'summary', zh: '情况摘要', en: 'Summary', cell: (r) => r.summary },
  { key: 'tellerNote', zh: '柜员补充', en: "Teller's note", cell: (r) => r.tellerNote },
  {
    key: 'manager',
    zh: '客户经理',
    en: 'Client manager',
    cell: (r) => (r.managerName ? `${r.managerStaffId} ${r.managerName}` : r.managerStaffId),
  },
  {
    key: 'handoff',
    zh: '跟进约定',
    en: 'Follow-up agreed',
    cell: (r, c) => HANDOFF_LABELS[r.handoff][c.lang],
  },
  {
    key: 'channel',
    zh: '跟进方式',
    en: 'Channel',
    cell: (r, c) => (r.followUp ? CHANNEL_LABELS[r.followUp.channel][c.lang] : undefined),
  },
  {
    key: 'window',
    zh: '约定时间',
    en: 'Follow-up window',
    zoned: true,
    cell: (r, c) => {
      const start = at(r.followUp?.windowStart, c.zone);
      const end = at(r.followUp?.windowEnd, c.zone);
      return start && end ? `${start} – ${end}` : (start ?? end);
    },
  },
  {
    key: 'declineReason',
    zh: '暂不需要原因',
    en: 'Reason for not now',
    cell: (r) => r.declineReason,
  },
  {
    key: 'consent',
    zh: '同意联系',
    en: 'Consented to contact',
    cell: (r, c) => yesNo(r.consent, c.lang),
  },
  { key: 'status', zh: '状态', en: 'Status', cell: (r, c) => statusLabel(r.status, c.lang) },
  { key: 'product', zh: '成交产品', en: 'Product', cell: (r) => r.outcome?.product },
  {
    key: 'outcomeBand',
    zh: '成交金额区间',
    en: 'Amount band',
    cell: (r, c) => (r.outcome?.amountBand ? bandLabel(r.outcome.amountBand, c.lang) : undefined),
  },
  { key: 'outcomeReason', zh: '结果说明', en: 'Outcome note', cell: (r) => r.outcome?.reason },
  {
    key: 'outcomeAt',
    zh: '结果时间',
    en: 'Outcome date',
    zoned: true,
    cell: (r, c) => at(r.outcomeAt, c.zone),
  },
  {
    key: 'daysToOutcome',
    zh: '结果用时（天）',
    en: 'Days to outcome',
    cell: (r) => r.daysToOutcome,
  },
  { key: 'id', zh: '推介编号', en: 'Referral id', cell: (r) => r.id },
];

/** Only in an export with contact details (and filled only for consenting clients). */
export const CONTACT_COLUMNS: readonly ExportColumn[] = [
  { key: 'contactName', zh: '客户称呼', en: 'Client name', cell: (r) => r.contact?.name },
  { key: 'contactPhone', zh: '联系电话', en: 'Phone', cell: (r) => r.contact?.phone },
];

export function exportColumns(withContact: boolean): readonly ExportColumn[] {
  return withContact ? [...TRACKING_FORM_COLUMNS, ...CONTACT_COLUMNS] : TRACKING_FORM_COLUMNS;
}

/**
 * The header row. With `zoneLabel` (e.g. 北京时间 UTC+8) every time column says its zone:
 * 推介时间（北京时间 UTC+8）, so a file opened on any PC cannot be read in the PC's own zone.
 */
export function headerCells(lang: ExportLang, withContact: boolean, zoneLabel?: string): string[] {
  return exportColumns(withContact).map((c) =>
    c.zoned && zoneLabel ? withZone(c[lang], zoneLabel, lang) : c[lang],
  );
}

export function rowCells(row: ReferralLogRow, ctx: CellContext, withContact: boolean): Cell[] {
  return exportColumns(withContact).map((c) => c.cell(row, ctx));
}
