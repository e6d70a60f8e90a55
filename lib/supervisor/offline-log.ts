/**
 * The offline export: the device's own referrals as the tracking form, built with lib/export (the
 * same rows and columns as the server's export), with the page's filters and sort applied the way
 * the server applies them. Withdrawn referrals are left out, as on the server.
 */
import type {
  ExportFormat,
  ExportLang,
  ReferralLogFilters,
  ReferralLogRow,
} from '@/lib/contracts/referral-log';
import type { ServerReferral } from '@/lib/contracts/server-referral';
import { nextDate, toCsv, toJsonArray, toReferralLogRow, type ZoneClock } from '@/lib/export';
import { statusRank } from '@/lib/contracts/status-order';
import type { LogSortState } from './log-query';

export function matchesFilters(
  row: ReferralLogRow,
  f: ReferralLogFilters,
  zone: ZoneClock,
): boolean {
  const created = Date.parse(row.createdAt);
  if (f.from && created < zone.startOfDay(f.from)) return false;
  if (f.to && created >= zone.startOfDay(nextDate(f.to))) return false;
  if (f.referrer && row.referrerStaffId !== f.referrer && row.secondCreditStaffId !== f.referrer)
    return false;
  if (f.manager && row.managerStaffId !== f.manager) return false;
  if (f.status && !f.status.includes(row.status)) return false;
  if (f.tier && !f.tier.includes(row.tier)) return false;
  if (f.signal && !row.signals.some((s) => f.signal?.includes(s.kind))) return false;
  if (f.q && !row.summary.toLowerCase().includes(f.q.toLowerCase())) return false;
  return true;
}

const newestFirst = (a: ReferralLogRow, b: ReferralLogRow) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The server's orders (server/repo/log-sort.ts): ties newest first; open ones last by days to outcome. */
export function compareLogRows({ sort, order }: LogSortState) {
  const sign = order === 'asc' ? 1 : -1;
  return (a: ReferralLogRow, b: ReferralLogRow): number => {
    switch (sort) {
      case 'createdAt':
        return -sign * newestFirst(a, b);
      case 'status':
        return sign * (statusRank(a.status) - statusRank(b.status)) || newestFirst(a, b);
      case 'manager':
        return sign * a.managerStaffId.localeCompare(b.managerStaffId) || newestFirst(a, b);
      case 'daysToOutcome': {
        const openA = a.outcomeAt === undefined ? 1 : 0;
        const openB = b.outcomeAt === undefined ? 1 : 0;
        const span = (r: ReferralLogRow) =>
          r.outcomeAt ? Date.parse(r.outcomeAt) - Date.parse(r.createdAt) : 0;
        return openA - openB || sign * (span(a) - span(b)) || newestFirst(a, b);
      }
    }
  };
}

export interface OfflineExportOptions {
  filters: ReferralLogFilters;
  sort: LogSortState;
  format: ExportFormat;
  lang: ExportLang;
  zone: ZoneClock;
  withContact: boolean;
  managerNames?: ReadonlyMap<string, string>;
  /** When the file is made (the header's zone offsets are those of this year). */
  atMs: number;
}

export function offlineLogRows(
  referrals: readonly ServerReferral[],
  options: Pick<OfflineExportOptions, 'filters' | 'sort' | 'zone' | 'withContact' | 'managerNames'>,
): ReferralLogRow[] {
  return referrals
    .filter((r) => !r.undoneAt)
    .map((r) => {
      const managerName = options.managerNames?.get(r.managerStaffId);
      return toReferralLogRow(r, {
        includeContact: options.withContact,
        ...(managerName ? { managerName } : {}),
      });
    })
    .filter((row) => matchesFilters(row, options.filters, options.zone))
    .sort(compareLogRows(options.sort));
}

export function offlineExport(
  referrals: readonly ServerReferral[],
  options: OfflineExportOptions,
): { text: string; rowCount: number } {
  const rows = offlineLogRows(referrals, options);
  const text =
    options.format === 'csv'
      ? toCsv(rows, {
          lang: options.lang,
          zone: options.zone,
          withContact: options.withContact,
          atMs: options.atMs,
        })
      : toJsonArray(rows);
  return { text, rowCount: rows.length };
}
