/**
 * CSV that opens correctly in Excel on a Chinese Windows machine: UTF-8 with a byte-order mark
 * (without it Excel assumes GBK and shows mojibake), CRLF line ends, comma separators (the zh-CN
 * list separator), one header row. Quoting is csv-stringify's; every text cell is neutralised
 * against formula injection first.
 *
 * The default writer uses csv-stringify's browser build, so the extension's offline export runs
 * the same code; the server passes the Node build (`csvWriter(stringify)`), about a third faster.
 */
import { stringify as browserStringify } from 'csv-stringify/browser/esm/sync';
import type { ExportLang, ReferralLogRow } from '../contracts/referral-log';
import { headerCells, rowCells, type Cell } from './columns';
import { neutraliseCell } from './neutralise';
import type { ZoneClock } from '../time/zone-clock';
import { zoneLabel } from '../time/zone-label';

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  lang: ExportLang;
  zone: ZoneClock;
  withContact: boolean;
}

// record_delimiter 'windows' alone would leave a bare "\n" inside a cell unquoted; force quoting.
const STRINGIFY_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true } as const;

/** csv-stringify's sync `stringify` (either build). */
export type Stringify = (records: Cell[][], options: typeof STRINGIFY_OPTIONS) => string;

/** What the header needs: the time columns name the zone (its offsets in the year of `atMs`). */
export type CsvHeadOptions = Pick<CsvOptions, 'lang' | 'withContact' | 'zone'> & { atMs: number };

export interface CsvWriter {
  /** BOM + header line. */
  head: (options: CsvHeadOptions) => string;
  /** The lines of some rows, each ending in CRLF: a chunk of a streamed export. */
  lines: (rows: readonly ReferralLogRow[], options: CsvOptions) => string;
}

const safe = (cells: Cell[]) =>
  cells.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell));

export function csvWriter(stringify: Stringify): CsvWriter {
  return {
    head: (options) => {
      const label = zoneLabel(options.zone.timeZone, options.lang, options.atMs);
      const header = headerCells(options.lang, options.withContact, label);
      return UTF8_BOM + stringify([safe(header)], STRINGIFY_OPTIONS);
    },
    lines: (rows, options) => {
      if (rows.length === 0) return '';
      const ctx = { lang: options.lang, zone: options.zone };
      return stringify(
        rows.map((row) => safe(rowCells(row, ctx, options.withContact))),
        STRINGIFY_OPTIONS,
      );
    },
  };
}

const defaultWriter = csvWriter(browserStringify);

export const csvHead = defaultWriter.head;
export const csvLines = defaultWriter.lines;

/** A whole file at once (the extension's offline export of its local log). */
export function toCsv(
  rows: readonly ReferralLogRow[],
  options: CsvOptions & { atMs: number },
): string {
  return csvHead(options) + csvLines(rows, options);
}
