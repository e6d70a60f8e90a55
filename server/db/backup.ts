/** Online backup of the SQLite database (safe while the server runs; WAL included). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export async function backupSqlite(sourcePath: string, destination: string): Promise<number> {
  const source = new SQLite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
    const { totalPages } = await source.backup(destination);
    return totalPages;
  } finally {
    source.close();
  }
}
