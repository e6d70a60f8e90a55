/**
 * `npm run server` — starts the sync server (PORT, default 8787; DATABASE_URL → PostgreSQL, else
 * SQLite at ./data/sidekick.sqlite). `npm run server -- token create …` and the other admin
 * commands of cli.ts run against the same database and exit.
 */
import { runCli } from './cli';
import { configFromEnv, describeDatabase } from './config';
import { openDb } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { watchLoopDelay } from './loop-delay';
import { startSyncServer } from './start';
import { systemClock } from './util/clock';

async function runAdminCommand(args: string[]): Promise<void> {
  const config = configFromEnv();
  const db = openDb(config);
  try {
    await migrateToLatest(db);
    process.exitCode = await runCli(args, {
      db,
      ...(config.databaseUrl ? {} : { sqlitePath: config.sqlitePath }),
      clock: systemClock,
      retentionDays: config.retentionDays,
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await db.close();
  }
}

async function runServer(): Promise<void> {
  const config = configFromEnv();
  const server = await startSyncServer(config);
  // Tests and scripts wait for this line (and read the port from it when PORT=0).
  process.stdout.write(`sync server listening on ${server.url} (${describeDatabase(config)})\n`);
  const loopDelay =
    process.env.BENCH_LOOP_DELAY === '1'
      ? watchLoopDelay((line) => process.stdout.write(`${line}\n`))
      : undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    loopDelay?.report();
    setTimeout(() => process.exit(0), 5000).unref();
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const args = process.argv.slice(2);
const run = args.length > 0 && args[0] !== 'serve' ? runAdminCommand(args) : runServer();
run.catch((error: unknown) => {
  process.stderr.write(`sync server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
