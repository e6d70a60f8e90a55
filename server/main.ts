/**
 * `npm run server` — starts the sync server (PORT, default 8787; DATABASE_URL → PostgreSQL, else
 * SQLite at ./data/sidekick.sqlite). `npm run server -- token create …` and the other admin
 * commands of cli.ts run against the same database and exit.
 */
import { serve } from '@hono/node-server';
import { buildApp } from './app';
import { runCli } from './cli';
import { configFromEnv, describeDatabase } from './config';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { jsonLineLogger } from './http/logger';
import { systemClock } from './util/clock';

async function main(): Promise<void> {
  const config = configFromEnv();
  const db = openDb(config);
  await migrateToLatest(db);
  const args = process.argv.slice(2);

  if (args.length > 0 && args[0] !== 'serve') {
    try {
      process.exitCode = await runCli(args, {
        db,
        clock: systemClock,
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
      });
    } finally {
      await db.close();
    }
    return;
  }

  const logger = jsonLineLogger();
  const app = buildApp({
    db,
    logger,
    rateLimit: config.rateLimit,
    corsOrigins: config.corsOrigins,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    // Tests and scripts wait for this line (and read the port from it when PORT=0).
    process.stdout.write(
      `sync server listening on http://${config.host}:${info.port} (${describeDatabase(config)})\n`,
    );
  });
  server.on('error', (error: Error) => {
    process.stderr.write(`sync server: ${error.message}\n`);
    process.exit(1);
  });

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close(() => void db.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sync server failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
