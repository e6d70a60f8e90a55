/**
 * Builds the sync server's Hono app from injected dependencies (database, clock, logger, rate
 * limit), so tests drive it with `app.request()` and main.ts only has to listen.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { sql } from 'kysely';
import { healthResponseSchema } from '../lib/contracts/auth';
import { MAX_BODY_BYTES } from '../lib/contracts/sync';
import { RETRY_AFTER_SECONDS, dbTrouble, errorCode } from './db/errors';
import type { Db } from './db/types';
import { bearerAuth } from './http/auth';
import { clientAddress, type ClientAddress } from './http/client-address';
import { DEFAULT_DEVICE_TIME_POLICY, type DeviceTimePolicy } from './http/device-time';
import type { AppEnv } from './http/env';
import { HttpError } from './http/errors';
import { jsonLineLogger, type Logger } from './http/logger';
import {
  DEFAULT_FAILED_AUTH_LIMIT,
  DEFAULT_RATE_LIMIT,
  TokenBucketLimiter,
  type RateLimitConfig,
} from './http/rate-limit';
import { checkedJson } from './http/read-json';
import { requestLog } from './http/request-log';
import { zoneClock } from '../lib/time/zone-clock';
import { DEFAULT_TIME_ZONE } from './config';
import { buildOpenApiDocument } from './openapi/document';
import { auditRoutes } from './routes/audit';
import { extensionRoutes } from './routes/extension';
import { configRoutes } from './routes/config';
import { fleetRoutes } from './routes/fleet';
import { meRoutes } from './routes/me';
import { queueRoutes } from './routes/queue';
import { queueEventRoutes } from './routes/queue-events';
import { referralExportRoutes } from './routes/referral-export';
import { referralLogRoutes } from './routes/referral-log';
import { referralRoutes } from './routes/referrals';
import { rosterRoutes } from './routes/roster';
import { syncRoutes } from './routes/sync';
import { systemClock, type Clock } from './util/clock';

export const SERVER_VERSION = '0.1.0';

export interface AppDeps {
  db: Db;
  clock?: Clock;
  logger?: Logger;
  /** Per-token token bucket; `false` turns it off (benchmarks). */
  rateLimit?: RateLimitConfig | false;
  /** Extra CORS origins besides the allowed extensions (e.g. an intranet dashboard). */
  corsOrigins?: string[];
  /**
   * Extension ids whose pages may call the API cross-origin (chrome-extension://<id>,
   * moz-extension://<id>). None by default: any other extension installed on a teller PC must
   * not be able to use a token it got hold of from a browser page.
   */
  allowedExtensionIds?: string[];
  /** Failed authentications per client address; `false` turns the limit off (tests). */
  failedAuthLimit?: RateLimitConfig | false;
  /** Where a request came from (default: the socket's peer; see client-address.ts). */
  clientAddress?: ClientAddress;
  /** The branch's IANA time zone (default Asia/Shanghai): local days, weeks, "due today". */
  timeZone?: string;
  /** Whether supervisors may export consenting clients' contact details (default true). */
  contactExport?: boolean;
  /** How far device times may run ahead of the server's clock, and how old they may be. */
  deviceTimes?: DeviceTimePolicy;
  /** EXTENSION_DIR / PUBLIC_URL: the signed extension this server hosts (routes/extension.ts). */
  extensionHosting?: { dir?: string; publicUrl?: string };
}

export function buildApp(deps: AppDeps): Hono<AppEnv> {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? jsonLineLogger();
  const rateLimit = deps.rateLimit === undefined ? DEFAULT_RATE_LIMIT : deps.rateLimit;
  const limiter = rateLimit
    ? new TokenBucketLimiter(rateLimit, () => clock.now().getTime())
    : undefined;
  const routeDeps = { db: deps.db, clock };
  const reportDeps = {
    ...routeDeps,
    zone: zoneClock(deps.timeZone ?? DEFAULT_TIME_ZONE),
    contactExport: deps.contactExport ?? true,
    logger,
  };
  const openApi = buildOpenApiDocument(SERVER_VERSION);
  const allowedOrigins = new Set([
    ...(deps.corsOrigins ?? []),
    ...(deps.allowedExtensionIds ?? []).flatMap((id) => [
      `chrome-extension://${id}`,
      `moz-extension://${id}`,
    ]),
  ]);
  const failedAuthLimit =
    deps.failedAuthLimit === undefined ? DEFAULT_FAILED_AUTH_LIMIT : deps.failedAuthLimit;
  const failedAuth = failedAuthLimit
    ? {
        limiter: new TokenBucketLimiter(failedAuthLimit, () => clock.now().getTime()),
        addressOf: deps.clientAddress ?? clientAddress(false),
      }
    : undefined;

  const app = new Hono<AppEnv>();
  app.use(requestLog(logger));
  app.use(
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
      exposeHeaders: ['Content-Disposition', 'X-Export-Id', 'ETag'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH'],
      maxAge: 600,
    }),
  );
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new HttpError(413, 'body_too_large', {
          message: `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
          maxBytes: MAX_BODY_BYTES,
        });
      },
    }),
  );

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db.kysely);
    } catch {
      throw new HttpError(503, 'database_unavailable', { message: 'the database does not answer' });
    }
    return checkedJson(c, healthResponseSchema, {
      ok: true,
      database: deps.db.dialect,
      version: SERVER_VERSION,
    });
  });
  app.get('/openapi.json', (c) => c.json(openApi));
  app.route('/extension', extensionRoutes({ ...deps.extensionHosting, logger }));

  app.use('/v1/*', bearerAuth(deps.db, limiter, failedAuth));
  app.route('/v1/me', meRoutes(reportDeps.zone));
  app.route(
    '/v1/sync',
    syncRoutes({ ...routeDeps, deviceTimes: deps.deviceTimes ?? DEFAULT_DEVICE_TIME_POLICY }),
  );
  app.route('/v1/referrals/queue/events', queueEventRoutes(reportDeps));
  app.route('/v1/referrals/queue', queueRoutes(reportDeps));
  app.route('/v1/referrals', referralRoutes(routeDeps));
  app.route('/v1/referral-log/export', referralExportRoutes(reportDeps));
  app.route('/v1/referral-log', referralLogRoutes(reportDeps));
  app.route('/v1/audit', auditRoutes(routeDeps));
  app.route('/v1/roster', rosterRoutes(routeDeps));
  app.route('/v1/config', configRoutes(routeDeps));
  app.route('/v1/fleet', fleetRoutes(routeDeps));

  app.notFound((c) =>
    c.json(
      { error: 'not_found', details: { message: `no route for ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json(
        { error: error.code, ...(error.details === undefined ? {} : { details: error.details }) },
        error.status,
        error.headers,
      );
    }
    if (error instanceof URIError)
      return c.json(
        { error: 'invalid_request', details: { message: 'malformed URL encoding' } },
        400,
      );
    const code = errorCode(error);
    // The real cause: with a full disk this is SQLITE_FULL / 53100, not the failed rollback.
    logger.error('unhandled error', {
      path: c.req.path,
      name: error.name,
      code,
      message: error.message.slice(0, 200),
    });
    const trouble = dbTrouble(error);
    if (!trouble) return c.json({ error: 'internal', details: { message: 'internal error' } }, 500);
    const retryAfter = String(RETRY_AFTER_SECONDS[trouble]);
    return c.json(
      trouble === 'storage_full'
        ? {
            error: 'storage_full',
            details: {
              message: 'the server cannot store anything right now (disk full); retry later',
            },
          }
        : {
            error: 'unavailable',
            details: { message: 'the database is unavailable; retry later' },
          },
      503,
      { 'Retry-After': retryAfter },
    );
  });
  return app;
}
