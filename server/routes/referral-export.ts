/**
 * GET /v1/referral-log/export?format=csv|json — the branch's tracking form, streamed from the
 * database in pages of 1,000 (supervisor). Audited twice: `referral_log.export.start` before the
 * first byte (so even a killed process leaves a trace) and `referral_log.export` when it ends,
 * with the row count and how it ended (completed, failed, aborted).
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  referralLogExportQuerySchema,
  type ReferralLogRow,
} from '../../lib/contracts/referral-log';
import { stringify } from 'csv-stringify/sync';
import { csvWriter } from '../../lib/export/csv';
import { contentDisposition } from '../../lib/export/file-name';
import { JSON_ARRAY_END, JSON_ARRAY_START, jsonArrayPiece } from '../../lib/export/json';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { contactExportWanted } from '../http/export-contact';
import { exportStream, mapPages, type PageEncoder } from '../http/export-stream';
import { readQuery } from '../http/read-json';
import { appendAudit } from '../repo/audit';
import { logRowPages } from '../repo/log-pages';
import { managerNames, rowToLogRow } from '../repo/referral-log';
import type { ReportDeps } from './report-deps';

export const EXPORT_PAGE_SIZE = 1000;

/** The Node build of csv-stringify (the shared default is the browser build). */
const csv = csvWriter(stringify);

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function referralExportRoutes({ db, clock, zone, contactExport, logger }: ReportDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const auth = requireRole(c, ['supervisor']);
    const query = readQuery(c, referralLogExportQuerySchema);
    const withContact = contactExportWanted(query, auth, contactExport);
    const {
      format = 'csv',
      lang = 'zh',
      includeContact: _i,
      reason,
      sort,
      order,
      ...filters
    } = query;
    const startedAt = clock.now();
    const exportId = randomUUID();
    const actor = `token:${auth.tokenId}`;
    const details = {
      exportId,
      staffId: auth.staffId,
      tokenId: auth.tokenId,
      format,
      lang,
      filter: { ...filters, ...(sort ? { sort } : {}), ...(order ? { order } : {}) },
      includeContact: withContact,
      ...(reason ? { reason } : {}),
    };
    await appendAudit(db.kysely, {
      at: startedAt.toISOString(),
      actor,
      branchId: auth.branchId,
      action: 'referral_log.export.start',
      details,
    });

    const names = await managerNames(db, auth.branchId);
    let contactRows = 0;
    const rows = mapPages(
      logRowPages(
        db,
        {
          branchId: auth.branchId,
          filters,
          zone,
          ...(sort ? { sort } : {}),
          ...(order ? { order } : {}),
        },
        EXPORT_PAGE_SIZE,
      ),
      (row) => {
        const logRow = rowToLogRow(row, names, withContact);
        if (logRow.contact) contactRows++;
        return logRow;
      },
    );
    const encoder: PageEncoder<ReferralLogRow> =
      format === 'csv'
        ? {
            start: () => csv.head({ lang, withContact, zone, atMs: startedAt.getTime() }),
            page: (page) => csv.lines(page, { lang, zone, withContact }),
            end: () => '',
          }
        : { start: () => JSON_ARRAY_START, page: jsonArrayPiece, end: () => `\n${JSON_ARRAY_END}` };

    const body = exportStream(rows, encoder, async (outcome, rowCount) => {
      try {
        await appendAudit(db.kysely, {
          at: clock.now().toISOString(),
          actor,
          branchId: auth.branchId,
          action: 'referral_log.export',
          details: {
            ...details,
            outcome,
            rowCount,
            contactRows,
            startedAt: startedAt.toISOString(),
          },
        });
      } catch (error) {
        logger.error('export audit failed', { exportId, outcome, name: (error as Error).name });
        // No audit row, no complete file.
        if (outcome === 'completed') throw error;
      }
    });
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': contentDisposition(
        auth.branchId,
        zone.localDate(startedAt.getTime()),
        format,
      ),
      'X-Export-Id': exportId,
    });
  });
}
