/** OpenAPI paths of the central profile / tiering config and of fleet health. */
import type { z } from 'zod';
import {
  configDocumentSchema,
  configListQuerySchema,
  configListResponseSchema,
  configPushRequestSchema,
  configVersionInfoSchema,
} from '../../lib/contracts/central-config';
import {
  fleetOverviewSchema,
  healthAckSchema,
  healthReportSchema,
} from '../../lib/contracts/fleet-health';
import { operation, queryParameters, type Operation } from './operations';

export const fleetComponents = {
  ConfigPushRequest: configPushRequestSchema,
  ConfigVersionInfo: configVersionInfoSchema,
  ConfigDocument: configDocumentSchema,
  ConfigListResponse: configListResponseSchema,
  HealthReport: healthReportSchema,
  HealthAck: healthAckSchema,
  FleetOverview: fleetOverviewSchema,
} satisfies Record<string, z.ZodType>;

const inForce = (kind: string): Operation =>
  operation({
    summary: `The ${kind} config in force for the caller’s branch (any role)`,
    description:
      'The branch’s latest version, else the latest all-branches (*) one. Sends ETag; with If-None-Match naming it the answer is 304 with no body. 404 no_config when the server has none for the branch (the device keeps its own).',
    response: 'ConfigDocument',
  });

export function fleetPaths(): Record<string, Record<string, Operation>> {
  return {
    '/v1/config': {
      post: operation({
        summary:
          'Store a new immutable profile or tiering config version for a branch or for all (*) (admin: own branch or *; supervisor: own branch; audited)',
        description:
          'The config is checked with the extension’s own schema; 422 invalid_config lists each problem with its JSON path, and nothing is stored. `inherit: true` instead of `config` sets the branch back to the all-branches version. Answers 201.',
        request: 'ConfigPushRequest',
        response: 'ConfigVersionInfo',
      }),
    },
    '/v1/config/profile': { get: inForce('terminal profile') },
    '/v1/config/tiering': { get: inForce('tiering') },
    '/v1/config/versions': {
      get: operation({
        summary: 'Stored versions, newest first (admin: all; supervisor: own branch and *)',
        parameters: queryParameters(configListQuerySchema),
        response: 'ConfigListResponse',
      }),
    },
    '/v1/config/versions/{version}': {
      get: operation({
        summary: 'One stored version with its document (admin, supervisor)',
        pathParams: ['version'],
        response: 'ConfigDocument',
      }),
    },
    '/v1/fleet/health': {
      post: operation({
        summary:
          'A device’s selector health for the last interval: counts and profile field names only, never page values (any role)',
        description:
          'Replaces the device’s current problems: what it no longer reports is cleared. When the device runs a profile version the server stored, field names must be fields of that profile.',
        request: 'HealthReport',
        response: 'HealthAck',
      }),
    },
    '/v1/fleet': {
      get: operation({
        summary:
          'Which device runs which profile / tiering version, and problems per branch and profile version, each device counted once (supervisor: own branch; admin: all, or ?branch=)',
        parameters: [{ name: 'branch', in: 'query', required: false, schema: { type: 'string' } }],
        response: 'FleetOverview',
      }),
    },
  };
}
