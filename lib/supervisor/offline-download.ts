/**
 * Builds the offline export from the device's own referrals and hands it to the downloads, with a
 * row in the device's audit trail (format, row count, with or without contact details).
 */
import type { ExportFormat, ExportLang, ReferralLogFilters } from '@/lib/contracts/referral-log';
import { addAudit, type SidekickDB } from '@/lib/db';
import { exportFileName, zoneClock } from '@/lib/export';
import type { LogSortState } from './log-query';
import { offlineExport } from './offline-log';
import { MIME, saveFile } from './save-file';

export interface OfflineDownload {
  filters: ReferralLogFilters;
  sort: LogSortState;
  format: ExportFormat;
  lang: ExportLang;
  withContact: boolean;
  actor: string;
  branchId: string;
  /** Appended to the file name so it is not mistaken for the branch's export, e.g. 本机. */
  suffix: string;
  managerNames?: ReadonlyMap<string, string>;
  now?: Date;
  /** The branch's IANA zone (lib/time/branch-zone): times, header and file-name date. */
  timeZone: string;
}

export function offlineFileName(
  branchId: string,
  localDate: string,
  format: ExportFormat,
  suffix: string,
) {
  return exportFileName(branchId, localDate, format).unicode.replace(/(\.[a-z]+)$/, `_${suffix}$1`);
}

/** Returns how many rows the file holds. */
export async function downloadOfflineLog(db: SidekickDB, d: OfflineDownload): Promise<number> {
  const now = d.now ?? new Date();
  const zone = zoneClock(d.timeZone);
  const referrals = await db.referrals.toArray();
  const { text, rowCount } = offlineExport(referrals, {
    filters: d.filters,
    sort: d.sort,
    format: d.format,
    lang: d.lang,
    zone,
    withContact: d.withContact,
    atMs: now.getTime(),
    ...(d.managerNames ? { managerNames: d.managerNames } : {}),
  });
  await addAudit(db, {
    at: now,
    actor: d.actor || 'device',
    action: 'log.exported',
    detail: { format: d.format, rows: rowCount, withContact: d.withContact },
  });
  const fileName = offlineFileName(d.branchId, zone.localDate(now.getTime()), d.format, d.suffix);
  saveFile(new Blob([text], { type: MIME[d.format] }), fileName);
  return rowCount;
}
