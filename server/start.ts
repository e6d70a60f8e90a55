/**
 * Starts the sync server in this process: opens the database, migrates it, listens. Used by
 * main.ts (`npm run server`) and by anything that wants the server beside it (e.g. `npm start`
 * running the whole loop on the embedded SQLite default).
 */
import { serve } from '@hono/node-server';
import { buildApp } from './app';
import { describeDatabase, type ServerConfig } from './config';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrations';
import type { Db } from './db/types';
import { clientAddress } from './http/client-address';
import { DEFAULT_DEVICE_TIME_POLICY } from './http/device-time';
import { jsonLineLogger, type Logger } from './http/logger';
import { scheduleRetention } from './retention-schedule';
import { systemClock } from './util/clock';

/** How long requests in flight may take to finish when the server closes. */
const CLOSE_GRACE_MS = 3_000;

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Stops accepting requests, lets in-flight ones finish, closes the database. */
  close(): Promise<void>;
}

export async function startSyncServer(
  config: ServerConfig,
  logger: Logger = jsonLineLogger(),
): Promise<RunningServer> {
  const db = openDb({ ...config, backgroundCheckpoint: true, readerThread: true });
  await migrateToLatest(db);
  const app = buildApp({
    db,
    logger,
    rateLimit: config.rateLimit,
    corsOrigins: config.corsOrigins,
    allowedExtensionIds: config.allowedExtensionIds ?? [],
    ...(config.failedAuthLimit ? { failedAuthLimit: config.failedAuthLimit } : {}),
    clientAddress: clientAddress(config.trustProxy ?? false),
    extensionHosting: {
      ...(config.extensionDir ? { dir: config.extensionDir } : {}),
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    },
    ...(config.timeZone ? { timeZone: config.timeZone } : {}),
    ...(config.contactExport === undefined ? {} : { contactExport: config.contactExport }),
    ...(config.maxClockSkewMinutes === undefined
      ? {}
      : {
          deviceTimes: {
            ...DEFAULT_DEVICE_TIME_POLICY,
            maxAheadMs: config.maxClockSkewMinutes * 60_000,
          },
        }),
  });
  const retentionDays = config.retentionDays ?? 0;
  const retention =
    retentionDays > 0
      ? scheduleRetention(db, { days: retentionDays, clock: systemClock, logger })
      : undefined;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      server.off('error', reject);
      resolve({
        url: `http://${config.host}:${info.port}`,
        port: info.port,
        db,
        close: () =>
          new Promise<void>((done) => {
            server.close(
              () =>
                void (retention?.stop() ?? Promise.resolve()).then(() => db.close()).finally(done),
            );
            // Keep-alive sockets with no request in flight (browsers also open spare ones that never
            // carry a request) would hold close() open until their timeout: drop the idle ones now
            // and give requests in flight a short grace before the rest are closed.
            if ('closeIdleConnections' in server) {
              server.closeIdleConnections();
              setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
            }
          }),
      });
    });
    server.once('error', (error: Error) => {
      void (retention?.stop() ?? Promise.resolve()).then(() => db.close());
      reject(error);
    });
    logger.info('starting', { database: describeDatabase(config) });
    if (!config.allowedExtensionIds?.length)
      logger.info('warning', {
        message:
          'ALLOWED_EXTENSION_IDS is not set: no extension page may call this server cross-origin',
      });
  });
}
