/**
 * The supervisor's and client manager's calls to the branch server: the referral log, its
 * stats and export, the audit log and the client manager's queue. Same pattern as api-client.ts:
 * every JSON answer is validated with the shared contract; failures come back as a status and
 * words, never thrown. The export is a file: its body comes back as a Blob with the server's name.
 */
import type { z } from 'zod';
import { auditPageSchema, type AuditPage } from '../contracts/audit-api';
import { queueResponseSchema, type QueueResponse } from '../contracts/queue-api';
import { referralLogPageSchema, type ReferralLogPage } from '../contracts/referral-log';
import { referralStatsSchema, type ReferralStats } from '../contracts/referral-stats';
import type { SyncConfig } from '../settings/sync-config';
import type { ApiResult } from './api-client';

export type { ApiResult } from './api-client';

/** A downloaded export: the bytes and the file name the server chose. */
export interface ExportFile {
  blob: Blob;
  fileName: string;
}

type Query = URLSearchParams | Record<string, string | number | undefined>;

function urlOf(config: SyncConfig, path: string, query?: Query): string {
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(
          Object.entries(query ?? {}).flatMap(([k, v]) =>
            v === undefined ? [] : [[k, String(v)]],
          ),
        );
  const qs = params.toString();
  return `${config.url.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

async function send(
  config: SyncConfig,
  url: string,
  timeoutMs: number,
): Promise<Response | undefined> {
  try {
    return await fetch(url, {
      headers: { authorization: `Bearer ${config.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return undefined;
  }
}

/** The server's `{ error, details.message }` words, or the HTTP status. */
async function failure(response: Response): Promise<{ ok: false; status: number; error: string }> {
  let body: { error?: unknown; details?: { message?: unknown } } = {};
  try {
    body = ((await response.json()) as typeof body | null) ?? {};
  } catch {
    // not JSON: the status says enough
  }
  const code = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
  const message = typeof body.details?.message === 'string' ? body.details.message : undefined;
  return { ok: false, status: response.status, error: message ? `${code}: ${message}` : code };
}

async function getJson<T>(
  config: SyncConfig,
  url: string,
  schema: z.ZodType<T>,
): Promise<ApiResult<T>> {
  const response = await send(config, url, 15_000);
  if (!response) return { ok: false, error: 'server not reachable' };
  if (!response.ok) return failure(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, status: response.status, error: 'unexpected answer from the server' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, status: response.status, error: 'unexpected answer from the server' };
}

/** The file name of a Content-Disposition header: `filename*` (UTF-8) first, then `filename`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

async function getFile(
  config: SyncConfig,
  url: string,
  fallbackName: string,
): Promise<ApiResult<ExportFile>> {
  // A 100,000-row export takes a few seconds to stream: allow minutes, not the usual 15 s.
  const response = await send(config, url, 300_000);
  if (!response) return { ok: false, error: 'server not reachable' };
  if (!response.ok) return failure(response);
  try {
    const blob = await response.blob();
    const fileName = fileNameFromDisposition(
      response.headers.get('content-disposition'),
      fallbackName,
    );
    return { ok: true, data: { blob, fileName } };
  } catch {
    return { ok: false, status: response.status, error: 'the download broke off' };
  }
}

export const supervisorApi = {
  logPage: (c: SyncConfig, query: URLSearchParams): Promise<ApiResult<ReferralLogPage>> =>
    getJson(c, urlOf(c, '/v1/referral-log', query), referralLogPageSchema),
  stats: (c: SyncConfig, query: URLSearchParams): Promise<ApiResult<ReferralStats>> =>
    getJson(c, urlOf(c, '/v1/referral-log/stats', query), referralStatsSchema),
  exportLog: (c: SyncConfig, query: URLSearchParams): Promise<ApiResult<ExportFile>> =>
    getFile(
      c,
      urlOf(c, '/v1/referral-log/export', query),
      `referral-log.${query.get('format') ?? 'csv'}`,
    ),
  audit: (
    c: SyncConfig,
    page: { before?: number; action?: string; limit?: number } = {},
  ): Promise<ApiResult<AuditPage>> =>
    getJson(c, urlOf(c, '/v1/audit', { limit: 100, ...page }), auditPageSchema),
  queue: (c: SyncConfig, limit = 200): Promise<ApiResult<QueueResponse>> =>
    getJson(c, urlOf(c, '/v1/referrals/queue', { limit }), queueResponseSchema),
};
