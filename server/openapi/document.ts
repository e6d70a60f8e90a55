/**
 * The OpenAPI 3.1 document served at /openapi.json, generated from the same zod schemas that
 * validate requests and responses (zod 4's JSON Schema output is JSON Schema 2020-12, which is
 * what OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import { healthResponseSchema, meResponseSchema } from '../../lib/contracts/auth';
import { errorBodySchema } from '../../lib/contracts/primitives';
import {
  listReferralsQuerySchema,
  listReferralsResponseSchema,
  statusUpdateRequestSchema,
  statusUpdateResponseSchema,
} from '../../lib/contracts/referrals-api';
import {
  availabilityRequestSchema,
  availabilityResponseSchema,
  rosterEntrySchema,
  rosterReplaceRequestSchema,
  rosterResponseSchema,
} from '../../lib/contracts/roster';
import { serverReferralSchema } from '../../lib/contracts/server-referral';
import {
  pullQuerySchema,
  pullResponseSchema,
  pushErrorDetailsSchema,
  pushRequestSchema,
  pushResponseSchema,
  MAX_BODY_BYTES,
} from '../../lib/contracts/sync';
import { referralEventSchema, referralSchema } from '../../lib/contracts/referral';
import { operation, queryParameters, type Operation } from './operations';
import { reportComponents, reportPaths } from './report-paths';
import { fleetComponents, fleetPaths } from './fleet-paths';

const COMPONENTS = {
  Referral: referralSchema,
  ReferralEvent: referralEventSchema,
  ServerReferral: serverReferralSchema,
  PushRequest: pushRequestSchema,
  PushResponse: pushResponseSchema,
  PushErrorDetails: pushErrorDetailsSchema,
  PullResponse: pullResponseSchema,
  ListReferralsResponse: listReferralsResponseSchema,
  StatusUpdateRequest: statusUpdateRequestSchema,
  StatusUpdateResponse: statusUpdateResponseSchema,
  RosterEntry: rosterEntrySchema,
  RosterResponse: rosterResponseSchema,
  RosterReplaceRequest: rosterReplaceRequestSchema,
  AvailabilityRequest: availabilityRequestSchema,
  AvailabilityResponse: availabilityResponseSchema,
  MeResponse: meResponseSchema,
  HealthResponse: healthResponseSchema,
  Error: errorBodySchema,
  ...reportComponents,
  ...fleetComponents,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof COMPONENTS;

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {
    '/healthz': {
      get: operation({
        summary: 'Liveness and database check',
        public: true,
        response: 'HealthResponse',
      }),
    },
    '/openapi.json': { get: operation({ summary: 'This document', public: true }) },
    '/extension/update.xml': {
      get: operation({
        summary:
          'Update manifest of the hosted extension (application/xml), codebase on this server',
        description: '404 when EXTENSION_DIR is not set (docs/deploy.md).',
        public: true,
      }),
    },
    '/extension/{file}': {
      get: operation({
        summary: 'A signed .crx from EXTENSION_DIR (application/x-chrome-extension)',
        public: true,
        pathParams: ['file'],
      }),
    },
    '/v1/me': { get: operation({ summary: 'Who this token belongs to', response: 'MeResponse' }) },
    '/v1/sync/push': {
      post: operation({
        summary: `Push a batch of referrals and events (≤ 500 items, body ≤ ${MAX_BODY_BYTES} bytes; one transaction; idempotent on ids)`,
        description:
          'teller, lobby. 409 when an id is already stored with different content; 4xx details follow PushErrorDetails.',
        request: 'PushRequest',
        response: 'PushResponse',
      }),
    },
    '/v1/sync/pull': {
      get: operation({
        summary: 'Referrals visible to the caller that changed after the cursor',
        parameters: queryParameters(pullQuerySchema),
        response: 'PullResponse',
      }),
    },
    '/v1/referrals': {
      get: operation({
        summary: 'Role-scoped list, newest first',
        parameters: queryParameters(listReferralsQuerySchema),
        response: 'ListReferralsResponse',
      }),
    },
    '/v1/referrals/{id}/status': {
      patch: operation({
        summary:
          'Move a referral along new → contacted → met → won / lost (assigned client manager or supervisor)',
        pathParams: ['id'],
        request: 'StatusUpdateRequest',
        response: 'StatusUpdateResponse',
      }),
    },
    '/v1/roster': {
      get: operation({
        summary: 'Client managers of the caller’s branch',
        response: 'RosterResponse',
      }),
      put: operation({
        summary: 'Replace the branch roster (admin)',
        request: 'RosterReplaceRequest',
        response: 'RosterResponse',
      }),
    },
    '/v1/roster/{staffId}/availability': {
      patch: operation({
        summary: 'Set a client manager available or not (the manager, a supervisor or an admin)',
        pathParams: ['staffId'],
        request: 'AvailabilityRequest',
        response: 'AvailabilityResponse',
      }),
    },
    ...reportPaths(),
    ...fleetPaths(),
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Teller Sidekick sync server', version },
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Token from `npm run server -- token create`',
        },
      },
    },
  };
}
