/** The tracking form as files: CSV for Excel and JSON, for the server's stream and offline exports. */
export {
  TRACKING_FORM_COLUMNS,
  CONTACT_COLUMNS,
  exportColumns,
  headerCells,
  rowCells,
} from './columns';
export type { Cell, CellContext, ExportColumn } from './columns';
export { UTF8_BOM, csvHead, csvLines, csvWriter, toCsv } from './csv';
export type { CsvOptions, CsvWriter, Stringify } from './csv';
export { contentDisposition, exportFileName } from './file-name';
export { dayNumberOf, isoWeekOf, isoWeekOfIndex, weekIndexOfDay } from './iso-week';
export { JSON_ARRAY_END, JSON_ARRAY_START, jsonArrayPiece, toJsonArray } from './json';
export { maskClientRef, toReferralLogRow, wholeDaysBetween, type LogRowExtras } from './log-row';
export { neutraliseCell } from './neutralise';
export { isValidTimeZone, nextDate, zoneClock, type ZoneClock } from '../time/zone-clock';
