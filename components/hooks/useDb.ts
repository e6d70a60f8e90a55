import { SidekickDB } from '@/lib/db';

let db: SidekickDB | undefined;

/** The extension's IndexedDB (its own origin, never the terminal page's), one per page. */
export function getDb(): SidekickDB {
  db ??= new SidekickDB();
  return db;
}
