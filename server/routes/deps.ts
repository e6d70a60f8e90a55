/** What every route module needs. */
import type { Db } from '../db/types';
import type { Clock } from '../util/clock';

export interface RouteDeps {
  db: Db;
  clock: Clock;
}
