/**
 * Every call extension pages make to the branch server besides push/pull, on the one client
 * (lib/sync/http-client.ts): who am I, the roster, a client manager's referrals, queue and status
 * updates, and the supervisor's log, stats, export and audit. Answers are checked against the
 * shared contracts; failures come back as a ServerError.
 */
import { auditPageSchema, type AuditPage } from '../contracts/audit-api';
import { meResponseSchema, type MeResponse } from '../contracts/auth';
import { queueResponseSchema, type QueueResponse } from '../contracts/queue-api';
import { referralLogPageSchema, type ReferralLogPage } from '../contracts/referral-log';
import { referralStatsSchema, type ReferralStats } from '../contracts/referral-stats';
import {
  listReferralsResponseSchema,
  statusUpdateResponseSchema,
  type ListReferralsResponse,
  type StatusUpdateRequest,
  type StatusUpdateResponse,
} from '../contracts/referrals-api';
import { rosterResponseSchema, type RosterResponse } from '../contracts/roster';
import {
  configDocumentSchema,
  type ConfigDocument,
  type ConfigKind,
} from '../contracts/central-config';
import {
  fleetOverviewSchema,
  healthAckSchema,
  type FleetOverview,
  type HealthReport,
} from '../contracts/fleet-health';
import {
  createServerClient,
  type ApiResult,
  type Conditional,
  type ExportFile,
  type FetchLike,
  type ServerTarget,
} from './http-client';

export type { ApiResult, ExportFile } from './http-client';

/** A 100,000-row export takes a few seconds to start and stream: a minute per wait, not 15 s. */
const EXPORT_WAIT_MS = 60_000;

export function serverApi(target: ServerTarget, fetch?: FetchLike) {
  const client = createServerClient(target, fetch ? { fetch } : {});
  return {
    me: (): Promise<ApiResult<MeResponse>> => client.json('/v1/me', meResponseSchema),
    roster: (): Promise<ApiResult<RosterResponse>> =>
      client.json('/v1/roster', rosterResponseSchema),
    assigned: (status?: string): Promise<ApiResult<ListReferralsResponse>> =>
      client.json('/v1/referrals', listReferralsResponseSchema, {
        query: { limit: 500, status },
      }),
    updateStatus: (
      id: string,
      body: StatusUpdateRequest,
    ): Promise<ApiResult<StatusUpdateResponse>> =>
      client.json(`/v1/referrals/${encodeURIComponent(id)}/status`, statusUpdateResponseSchema, {
        method: 'PATCH',
        body,
      }),
    queue: (limit = 200): Promise<ApiResult<QueueResponse>> =>
      client.json('/v1/referrals/queue', queueResponseSchema, { query: { limit } }),
    logPage: (query: URLSearchParams): Promise<ApiResult<ReferralLogPage>> =>
      client.json('/v1/referral-log', referralLogPageSchema, { query }),
    stats: (query: URLSearchParams): Promise<ApiResult<ReferralStats>> =>
      client.json('/v1/referral-log/stats', referralStatsSchema, { query }),
    exportLog: (
      query: URLSearchParams,
      onProgress?: (bytes: number) => void,
    ): Promise<ApiResult<ExportFile>> =>
      client.file('/v1/referral-log/export', {
        query,
        timeoutMs: EXPORT_WAIT_MS,
        fallbackName: `referral-log.${query.get('format') ?? 'csv'}`,
        ...(onProgress ? { onProgress } : {}),
      }),
    /** The central profile / tiering config in force for this device's branch (ETag aware). */
    configInForce: (
      kind: ConfigKind,
      etag?: string,
    ): Promise<ApiResult<Conditional<ConfigDocument>>> =>
      client.conditional(`/v1/config/${kind}`, configDocumentSchema, etag),
    healthReport: (report: HealthReport): Promise<ApiResult<{ ok: true }>> =>
      client.json('/v1/fleet/health', healthAckSchema, { method: 'POST', body: report }),
    fleet: (): Promise<ApiResult<FleetOverview>> => client.json('/v1/fleet', fleetOverviewSchema),
    audit: (
      page: { before?: number; action?: string; limit?: number } = {},
    ): Promise<ApiResult<AuditPage>> =>
      client.json('/v1/audit', auditPageSchema, { query: { limit: 100, ...page } }),
  };
}

export type ServerApi = ReturnType<typeof serverApi>;
