/**
 * Central profile and tiering config: devices fetch the version in force for their branch
 * (`GET /v1/config/profile`, `/v1/config/tiering`, with ETag / If-None-Match → 304); admins push
 * for their branch or for all (`*`), supervisors for their own branch (`POST /v1/config`), and
 * both list and read versions. Every document is checked with the extension's own schemas.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  ALL_BRANCHES,
  configDocumentSchema,
  configEtag,
  configListQuerySchema,
  configListResponseSchema,
  configPushRequestSchema,
  configVersionInfoSchema,
  configVersionSchema,
  type ConfigKind,
} from '../../lib/contracts/central-config';
import { checkConfig } from '../../lib/central-config/validate';
import { requireRole } from '../http/auth';
import type { AppEnv } from '../http/env';
import { HttpError, forbidden, notFound } from '../http/errors';
import { readParam } from '../http/path-params';
import { checkedJson, readBody, readQuery } from '../http/read-json';
import {
  configInForce,
  getConfigVersion,
  listConfigVersions,
  pushConfigVersion,
} from '../repo/config-versions';
import type { RouteDeps } from './deps';

const MANAGERS = ['admin', 'supervisor'] as const;

/** Whether an If-None-Match header names `etag` (a list, `*`, or a weak form). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

export function configRoutes({ db, clock }: RouteDeps) {
  async function inForce(c: Context<AppEnv>, kind: ConfigKind) {
    const found = await configInForce(db, kind, c.get('auth').branchId);
    if (!found)
      throw new HttpError(404, 'no_config', {
        message: `the server has no ${kind} config for this branch; the device keeps its own`,
      });
    const etag = configEtag(kind, found.version);
    c.header('ETag', etag);
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return checkedJson(c, configDocumentSchema, found);
  }

  return new Hono<AppEnv>()
    .get('/profile', (c) => inForce(c, 'profile'))
    .get('/tiering', (c) => inForce(c, 'tiering'))
    .post('/', async (c) => {
      const auth = requireRole(c, MANAGERS);
      const body = await readBody(c, configPushRequestSchema);
      if (body.scope === ALL_BRANCHES && auth.role !== 'admin')
        throw forbidden('only an admin may push a config for all branches');
      if (body.scope !== ALL_BRANCHES && body.scope !== auth.branchId)
        throw forbidden('you may push a config for your own branch only');
      if (body.inherit && body.config !== undefined)
        throw new HttpError(400, 'invalid_request', {
          message: 'send either "config" or "inherit": true, not both',
        });
      if (body.inherit && body.scope === ALL_BRANCHES)
        throw new HttpError(400, 'invalid_request', {
          message: '"inherit" is for a branch: it follows the all-branches version again',
        });
      const actor = `token:${auth.tokenId}`;
      const note = body.note ? { note: body.note } : {};
      if (body.inherit) {
        const stored = await pushConfigVersion(
          db,
          { kind: body.kind, scope: body.scope, doc: null, actor, ...note },
          clock.now(),
        );
        return checkedJson(c, configVersionInfoSchema, stored, 201);
      }
      const checked = checkConfig(body.kind, body.config);
      if (!checked.ok)
        throw new HttpError(422, 'invalid_config', {
          message: `the ${body.kind} config is invalid; nothing was stored`,
          issues: checked.errors.slice(0, 50),
        });
      const stored = await pushConfigVersion(
        db,
        {
          kind: body.kind,
          scope: body.scope,
          doc: body.config,
          ...(checked.label ? { label: checked.label } : {}),
          actor,
          ...note,
        },
        clock.now(),
      );
      return checkedJson(c, configVersionInfoSchema, stored, 201);
    })
    .get('/versions', async (c) => {
      const auth = requireRole(c, MANAGERS);
      const query = readQuery(c, configListQuerySchema);
      const visible = auth.role === 'admin' ? undefined : [auth.branchId, ALL_BRANCHES];
      const versions = await listConfigVersions(db, {
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.scope ? { scope: query.scope } : {}),
        ...(visible ? { scopes: visible } : {}),
      });
      return checkedJson(c, configListResponseSchema, { versions });
    })
    .get('/versions/:version', async (c) => {
      const auth = requireRole(c, MANAGERS);
      const version = readParam(c, 'version', numberParam, 'not a version number');
      const found = await getConfigVersion(db, version);
      const visible =
        auth.role === 'admin' || found?.scope === ALL_BRANCHES || found?.scope === auth.branchId;
      if (!found || !visible) throw notFound('no such config version');
      return checkedJson(c, configDocumentSchema, found);
    });
}

const numberParam = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number)
  .pipe(configVersionSchema);
