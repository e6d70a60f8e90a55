/** OpenAPI paths of the supervisor's log, export, stats and audit and the client manager's queue. */
import { z } from 'zod';
import { auditEntrySchema, auditPageSchema, auditQuerySchema } from '../../lib/contracts/audit-api';
import { queueQuerySchema, queueResponseSchema } from '../../lib/contracts/queue-api';
import {
  referralLogExportQuerySchema,
  referralLogFiltersSchema,
  referralLogPageSchema,
  referralLogQuerySchema,
  referralLogRowSchema,
} from '../../lib/contracts/referral-log';
import { referralStatsSchema } from '../../lib/contracts/referral-stats';
import { operation, queryParameters, type Operation } from './operations';

export const reportComponents = {
  ReferralLogRow: referralLogRowSchema,
  ReferralLogPage: referralLogPageSchema,
  ReferralStats: referralStatsSchema,
  QueueResponse: queueResponseSchema,
  AuditEntry: auditEntrySchema,
  AuditPage: auditPageSchema,
} satisfies Record<string, z.ZodType>;

export function reportPaths(): Record<string, Record<string, Operation>> {
  return {
    '/v1/referral-log': {
      get: operation({
        summary: 'The branch’s referral tracking form, one page (supervisor)',
        description:
          'Filters: from/to (local dates, inclusive), referrer (also second credit), manager, status, signal, tier (comma-separated lists), q (summary text). Sort: createdAt, status, manager, daysToOutcome; keyset (`after` = previous `next`) or `offset` paging. Never contact details.',
        parameters: queryParameters(referralLogQuerySchema),
        response: 'ReferralLogPage',
      }),
    },
    '/v1/referral-log/export': {
      get: operation({
        summary:
          'Download the filtered tracking form as CSV (Excel, UTF-8 with BOM, CRLF) or JSON (supervisor; streamed; audited)',
        description:
          'Same filters and sort as /v1/referral-log. includeContact=true adds consenting clients’ name and phone and needs reason (≥ 5 characters); refused with 403 when the server disables contact exports. Every export writes referral_log.export.start and referral_log.export audit rows.',
        parameters: queryParameters(referralLogExportQuerySchema),
        responseContent: {
          'text/csv': { schema: { type: 'string' } },
          'application/json': {
            schema: { type: 'array', items: { $ref: '#/components/schemas/ReferralLogRow' } },
          },
        },
      }),
    },
    '/v1/referral-log/stats': {
      get: operation({
        summary:
          'Funnel per teller and per client manager, referrals per ISO week, prompts vs referrals, days to outcome (supervisor)',
        parameters: queryParameters(referralLogFiltersSchema),
        response: 'ReferralStats',
      }),
    },
    '/v1/referrals/queue': {
      get: operation({
        summary:
          'Open referrals of a client manager in the order to work them (potential × marketing cost), with reasons',
        description: 'Client managers get their own queue; supervisors pass manager=<staff id>.',
        parameters: queryParameters(queueQuerySchema),
        response: 'QueueResponse',
      }),
    },
    '/v1/referrals/queue/events': {
      get: operation({
        summary:
          'Server-sent events for an open queue page: a referral of the listener changed (client manager: their own; supervisor: the branch)',
        description:
          'text/event-stream read with fetch() and the bearer token. `event: ready` once, then `event: referral` with {referralId, status, meetNow, withdrawn} — no client data. The stream ends after 10 minutes; reconnect.',
        responseContent: { 'text/event-stream': { schema: { type: 'string' } } },
      }),
    },
    '/v1/audit': {
      get: operation({
        summary: 'The branch’s append-only audit log, newest first (supervisor, admin)',
        parameters: queryParameters(auditQuerySchema),
        response: 'AuditPage',
      }),
    },
  };
}
