/**
 * A read-only SQLite connection in a worker thread. better-sqlite3 is synchronous: a long read on
 * the server's own connection holds the event loop and every request behind it. Queries sent here
 * run on the worker's thread, one at a time, while the main thread keeps serving; in WAL mode the
 * worker reads the last committed state and never blocks the writer (or is blocked by it).
 * Only reading statements are accepted: the connection is opened read-only as well.
 * If the worker dies, the queries in flight fail and the next query starts a new worker.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Plain CommonJS (no TypeScript loader inside the worker). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
const prepare = (sql) => {
  let stmt = statements.get(sql);
  if (!stmt) {
    if (statements.size >= 256) statements.clear();
    stmt = db.prepare(sql);
    statements.set(sql, stmt);
  }
  return stmt;
};
parentPort.on('message', (message) => {
  if (message.stop) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const stmt = prepare(message.sql);
    if (!stmt.reader) throw Object.assign(new Error('the read connection only reads'), { code: 'SQLITE_READONLY' });
    parentPort.postMessage({ id: message.id, rows: stmt.all(message.parameters) });
  } catch (error) {
    parentPort.postMessage({
      id: message.id,
      error: { name: error.name, message: error.message, code: error.code },
    });
  }
});
`;

interface Reply {
  id: number;
  rows?: unknown[];
  error?: { name?: string; message?: string; code?: string };
}

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
}

function toError(reply: NonNullable<Reply['error']>): Error {
  const error = new Error(reply.message ?? 'read failed');
  if (reply.name) error.name = reply.name;
  return reply.code ? Object.assign(error, { code: reply.code }) : error;
}

export class ReadWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;

  constructor(private readonly file: string) {}

  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.stopped) return Promise.reject(new Error('the read connection is closed'));
    const worker = this.running();
    const id = this.nextId++;
    return new Promise<unknown[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A query in flight keeps a script alive until its answer; an idle worker does not.
      worker.ref();
      worker.postMessage({ id, sql, parameters });
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const worker = this.worker;
    if (!worker) return;
    worker.ref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ stop: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
    await worker.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, driver },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the read connection stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.error) pending.reject(toError(reply.error));
    else pending.resolve(reply.rows ?? []);
  }

  private failAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const pending of all) pending.reject(error);
  }
}
