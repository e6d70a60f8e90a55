/** File names of an export: 推介跟踪表_0101_2026-11-29.csv, with an ASCII fallback for old clients. */
import type { ExportFormat } from '../contracts/referral-log';

export function exportFileName(branchId: string, localDate: string, format: ExportFormat) {
  return {
    ascii: `referral-log_${branchId}_${localDate}.${format}`,
    unicode: `推介跟踪表_${branchId}_${localDate}.${format}`,
  };
}

/** Content-Disposition value (RFC 6266 / 5987). */
export function contentDisposition(
  branchId: string,
  localDate: string,
  format: ExportFormat,
): string {
  const { ascii, unicode } = exportFileName(branchId, localDate, format);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(unicode)}`;
}
