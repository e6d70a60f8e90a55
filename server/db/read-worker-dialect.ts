/**
 * Kysely over the read worker (read-worker.ts): the same SQLite SQL as the server's connection,
 * each query sent to the worker thread and answered by message. Reads only, no transactions.
 */
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { ReadWorker } from './read-worker';

const noTransactions = () =>
  Promise.reject(new Error('the read connection does not run transactions'));

class ReadWorkerConnection implements DatabaseConnection {
  constructor(private readonly worker: ReadWorker) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.worker.query(compiled.sql, compiled.parameters)) as R[] };
  }

  /** Never streams: every page is one bounded query. */
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the read connection does not stream; page the query instead');
  }
}

class ReadWorkerDriver implements Driver {
  private readonly worker: ReadWorker;
  private readonly connection: ReadWorkerConnection;

  constructor(file: string) {
    this.worker = new ReadWorker(file);
    this.connection = new ReadWorkerConnection(this.worker);
  }

  init = (): Promise<void> => Promise.resolve();
  /** One connection serves every caller at once: the worker queues the queries. */
  acquireConnection = (): Promise<DatabaseConnection> => Promise.resolve(this.connection);
  beginTransaction = noTransactions;
  commitTransaction = noTransactions;
  rollbackTransaction = noTransactions;
  releaseConnection = (): Promise<void> => Promise.resolve();
  destroy = (): Promise<void> => this.worker.stop();
}

export class ReadWorkerDialect implements Dialect {
  constructor(private readonly file: string) {}

  createDriver(): Driver {
    return new ReadWorkerDriver(this.file);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
